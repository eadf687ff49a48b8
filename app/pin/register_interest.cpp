#include "app/pin/register_interest.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/lot_interest.hpp"
#include "domain/refusal.hpp"
#include "persistence/pin_repository.hpp"

namespace collabtender::app {

void register_interest(persistence::Connection& db, const domain::Principal& provider, const LotRef& wanted,
                       domain::TimePoint now) {
    db.transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, wanted.tender_id, provider);
        domain::require_interest_open(tender.status);
        const auto lot = persistence::find_lot(tx, tender.id, wanted.lot_id);
        if (!lot) throw domain::Refusal{domain::RefusalCode::not_found, "No such lot."};
        // Registering again changes nothing, so it is not audited again.
        if (persistence::register_interest(tx, lot->id, provider.organisation_id, provider.user_id))
            append_audit(tx, provider, now,
                         {tender.id, "lot_interest.register", "lot", lot->id, nullptr,
                          boost::json::object{{"organisation_id", provider.organisation_id}}});
    });
}

}  // namespace collabtender::app
