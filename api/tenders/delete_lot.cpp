#include "api/audit/audit.hpp"
#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/preconditions.hpp"
#include "api/problem.hpp"
#include "api/tenders/editing.hpp"

namespace collabtender::api {

// Removes a lot, with its own criteria and gates, before stage 1 opens.
Response delete_lot(const Request& request, Context& context) {
    const int expected = required_if_match(request);
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, request.param("tender_id"), context.principal);
        const auto lot = persistence::find_lot(tx, tender.id, request.param("lot_id"));
        if (!lot) throw problems::not_found("No such lot.");
        if (lot->version != expected) throw_stale(lot->version);
        require_configuration_editable(tender);
        persistence::delete_lot(tx, tender.id, lot->id);
        audit(tx, context, {tender.id, "lot.delete", "lot", lot->id,
                            boost::json::object{{"number", lot->details.number}, {"version", lot->version}}, nullptr});
    });
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
