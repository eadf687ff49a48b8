#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/preconditions.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {

Response get_criteria(const Request& request, Context& context) {
    std::vector<domain::Criterion> criteria;
    int version = 0;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        criteria = persistence::list_criteria(tx, tender.id, std::nullopt);
        version = tender.version;
    });
    auto response = json_response(200, boost::json::object{{"criteria", criteria_json(criteria)}});
    response.headers.emplace_back("ETag", etag(version));
    return response;
}

}  // namespace collabtender::api
