#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/preconditions.hpp"
#include "api/problem.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {

// The criteria a lot's bids are scored on: its own, or else the tender's ("inherited").
Response get_lot_criteria(const Request& request, Context& context) {
    persistence::LotCriteria effective;
    int version = 0;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        const auto lot = persistence::find_lot(tx, tender.id, request.param("lot_id"));
        if (!lot) throw problems::not_found("No such lot.");
        effective = persistence::effective_criteria(tx, tender.id, lot->id);
        version = tender.version;
    });
    auto response =
        json_response(200, boost::json::object{{"criteria", criteria_json(effective.criteria)}, {"inherited", effective.inherited}});
    response.headers.emplace_back("ETag", etag(version));
    return response;
}

}  // namespace collabtender::api
