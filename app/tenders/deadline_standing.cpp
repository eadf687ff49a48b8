#include "app/tenders/deadline_standing.hpp"

#include "app/tenders/lot_standings.hpp"
#include "domain/bid.hpp"
#include "domain/deadline_change.hpp"

namespace collabtender::app {

std::optional<domain::Refusal> deadline_fixed(persistence::Tx& tx, const persistence::TenderRecord& tender, int stage,
                                              domain::TimePoint now) {
    const auto& timetable = tender.details.timetable;
    const bool passed = !domain::before_deadline(stage == 1 ? timetable.stage1_deadline : timetable.stage2_deadline, now);
    const bool short_of_bids =
        passed && any_short_of_bids(lot_standings(tx, tender, stage), tender.details.minimum_bids.of(stage));
    return domain::deadline_fixed(tender.status, timetable, stage, now, short_of_bids);
}

}  // namespace collabtender::app
