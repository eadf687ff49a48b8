#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/problem.hpp"
#include "persistence/pin_repository.hpp"

namespace collabtender::api {

Response delete_lot_interest(const Request& request, Context& context) {
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        const auto lot = persistence::find_lot(tx, tender.id, request.param("lot_id"));
        if (!lot || !persistence::withdraw_interest(tx, lot->id, context.principal->organisation_id))
            throw problems::not_found("Your organisation has not registered interest in this lot.");
        audit(tx, context, {tender.id, "lot_interest.withdraw", "lot", lot->id,
                            boost::json::object{{"organisation_id", context.principal->organisation_id}}, nullptr});
    });
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
