#include "app/awards/confirm_award.hpp"

#include <algorithm>

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/awards/award.hpp"
#include "domain/award.hpp"

namespace collabtender::app {

persistence::AwardDecision confirm_award(persistence::Connection& db, const domain::Principal& commissioner,
                                         const ConfirmAward& command, const std::function<domain::TimePoint()>& clock) {
    persistence::AwardDecision confirmed;
    db.transact([&](persistence::Tx& tx) {
        const auto m = managed_award(tx, command.award_id, commissioner);
        const auto now = clock();
        domain::require_confirmable(m.award.status, m.decision.standstill_ends_at, now);
        persistence::confirm_award(tx, m.award.id, command.contract, now);
        append_audit(tx, commissioner, now,
                     {m.lot.tender.id, "award.confirm", "award", m.award.id, boost::json::object{{"status", "proposed"}},
                      boost::json::object{{"status", "confirmed"}, {"value_pence", command.contract.value_pence}}});
        settle_tender(tx, m.lot.tender, now);
        confirmed = *persistence::find_award_decision(tx, m.award.lot_id);
        // Bidders hear once the lot's last award is confirmed: then the outcome is final.
        if (std::all_of(confirmed.awards.begin(), confirmed.awards.end(),
                        [](const auto& a) { return a.status == "confirmed"; }))
            tell_lot_bidders(tx, commissioner, now, m.lot.tender, confirmed, "award_confirmed");
    });
    return confirmed;
}

}  // namespace collabtender::app
