#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/preconditions.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {

Response get_tender(const Request& request, Context& context) {
    std::optional<persistence::TenderRecord> tender;
    context.db->transact([&](persistence::Tx& tx) {
        tender = readable_tender(tx, request.param("tender_id"), context.principal);
    });
    auto response = json_response(200, tender_json(*tender));
    response.headers.emplace_back("ETag", etag(tender->version));
    return response;
}

}  // namespace collabtender::api
