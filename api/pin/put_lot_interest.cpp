#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/problem.hpp"
#include "domain/tender_lifecycle.hpp"
#include "persistence/pin_repository.hpp"

namespace collabtender::api {

// A provider registers its organisation's interest in a lot (idempotent), so that
// it hears about the lot and can be found by partners.
Response put_lot_interest(const Request& request, Context& context) {
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        if (!domain::participation_open(tender.status))
            throw Problem{409, "interest-closed", "Registration closed",
                          "Interest can be registered only while the tender is published and open."};
        const auto lot = persistence::find_lot(tx, tender.id, request.param("lot_id"));
        if (!lot) throw problems::not_found("No such lot.");
        const auto& p = *context.principal;
        // Registering again changes nothing, so it is not audited again.
        if (persistence::register_interest(tx, lot->id, p.organisation_id, p.user_id))
            audit(tx, context, {tender.id, "lot_interest.register", "lot", lot->id, nullptr,
                                boost::json::object{{"organisation_id", p.organisation_id}}});
    });
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
