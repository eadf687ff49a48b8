#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/problem.hpp"

namespace collabtender::api {

// Withdraws the caller's organisation from a lot's partner register.
Response delete_partner_listing(const Request& request, Context& context) {
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        const auto lot = persistence::find_lot(tx, tender.id, request.param("lot_id"));
        if (!lot || !persistence::delete_partner_listing(tx, lot->id, context.principal->organisation_id))
            throw problems::not_found("Your organisation is not on this lot's partner register.");
        const auto& organisation_id = context.principal->organisation_id;
        audit(tx, context, {tender.id, "partner_listing.delete", "lot", lot->id,
                            boost::json::object{{"organisation_id", organisation_id}, {"listed", true}},
                            boost::json::object{{"organisation_id", organisation_id}, {"listed", false}}});
    });
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
