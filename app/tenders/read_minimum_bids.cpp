#include "app/tenders/read_minimum_bids.hpp"

#include "app/tenders/tender_access.hpp"
#include "domain/bid.hpp"

namespace collabtender::app {

MinimumBids read_minimum_bids(persistence::Connection& db, const domain::Principal& commissioner,
                              const domain::TenderId& tender_id, std::optional<int> stage, domain::TimePoint now) {
    MinimumBids out;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = tender_for_commissioners(tx, tender_id, commissioner);
        out.stage = stage.value_or(domain::stage_taking_bids(tender.status).value_or(1));
        out.minimum = tender.details.minimum_bids.of(out.stage);
        const auto& t = tender.details.timetable;
        out.deadline_passed = !domain::before_deadline(out.stage == 1 ? t.stage1_deadline : t.stage2_deadline, now);
        out.lots = lot_standings(tx, tender, out.stage);
        out.people = deciders(tx, out.lots);
    });
    return out;
}

}  // namespace collabtender::app
