#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/preconditions.hpp"
#include "api/problem.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {

Response get_lot(const Request& request, Context& context) {
    std::optional<persistence::LotRecord> lot;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        lot = persistence::find_lot(tx, tender.id, request.param("lot_id"));
    });
    if (!lot) throw problems::not_found("No such lot.");
    auto response = json_response(200, lot_json(*lot));
    response.headers.emplace_back("ETag", etag(lot->version));
    return response;
}

}  // namespace collabtender::api
