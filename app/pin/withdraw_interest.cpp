#include "app/pin/withdraw_interest.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/refusal.hpp"
#include "persistence/pin_repository.hpp"

namespace collabtender::app {

void withdraw_interest(persistence::Connection& db, const domain::Principal& provider, const LotRef& wanted,
                       domain::TimePoint now) {
    db.transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, wanted.tender_id, provider);
        const auto lot = persistence::find_lot(tx, tender.id, wanted.lot_id);
        if (!lot || !persistence::withdraw_interest(tx, lot->id, provider.organisation_id))
            throw domain::Refusal{domain::RefusalCode::not_found,
                                  "Your organisation has not registered interest in this lot."};
        append_audit(tx, provider, now,
                     {tender.id, "lot_interest.withdraw", "lot", lot->id,
                      boost::json::object{{"organisation_id", provider.organisation_id}}, nullptr});
    });
}

}  // namespace collabtender::app
