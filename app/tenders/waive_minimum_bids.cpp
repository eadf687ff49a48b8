#include "app/tenders/waive_minimum_bids.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/minimum_bids_waiver.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

WaivedLot waive_minimum_bids(persistence::Connection& db, const domain::Principal& commissioner,
                             const WaiveMinimumBids& command, domain::TimePoint now) {
    WaivedLot out;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, command.tender_id, commissioner);
        const auto lot = tender_lot(tx, tender, command.lot_id);
        domain::require_shortfall_decidable(tender.status, tender.details.timetable, command.stage, now);
        out.minimum = tender.details.minimum_bids.of(command.stage);
        for (auto& standing : lot_standings(tx, tender, command.stage))
            if (standing.lot.id == lot.id) out.standing = std::move(standing);
        auto& standing = out.standing;
        domain::require_short_of_bids(standing.bids, out.minimum);
        standing.waiver = persistence::MinimumWaiver{lot.id,         command.stage,        standing.bids.bids,
                                                     command.reason, commissioner.user_id, now};
        standing.bids.waived = true;
        persistence::insert_minimum_waiver(tx, *standing.waiver);
        append_audit(tx, commissioner, now,
                     {tender.id, "lot.minimum_bids_waive", "lot", lot.id, nullptr,
                      boost::json::object{{"stage", command.stage},
                                          {"bids", standing.bids.bids},
                                          {"minimum", out.minimum},
                                          {"reason", command.reason}}});
        out.people = deciders(tx, {standing});
    });
    return out;
}

}  // namespace collabtender::app
