#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/preconditions.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {

Response get_gates(const Request& request, Context& context) {
    std::vector<domain::Gate> gates;
    int version = 0;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        gates = persistence::list_gates(tx, tender.id);
        version = tender.version;
    });
    boost::json::array items;
    for (const auto& gate : gates) items.push_back(gate_json(gate));
    auto response = json_response(200, boost::json::object{{"gates", std::move(items)}});
    response.headers.emplace_back("ETag", etag(version));
    return response;
}

}  // namespace collabtender::api
