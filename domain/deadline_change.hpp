#pragma once

// Moving a stage's deadline once the tender is public. Bidders plan their work
// around it, so it may only move before it passes, never earlier once anyone has
// started a bid, and always stays in order with the rest of the timetable.
#include <optional>

#include "domain/refusal.hpp"
#include "domain/tender.hpp"
#include "domain/violation.hpp"

namespace collabtender::domain {

struct DeadlineChange {
    int stage = 1;
    TimePoint deadline;
};

// Why the stage's deadline may not move at all now (stage_closed: the tender not
// public or the stage closed; deadline_passed), or nothing when it may. A passed
// deadline may still be extended while the stage is open and a lot is short of
// the tender's minimum number of bids (`short_of_bids`).
std::optional<Refusal> deadline_fixed(TenderStatus status, const Timetable& timetable, int stage, TimePoint now,
                                      bool short_of_bids);

// What is wrong with the new deadline, at /deadline (and /stage).
Violations check_deadline_change(const Timetable& timetable, const DeadlineChange& change, TimePoint now,
                                 bool bids_exist);

}  // namespace collabtender::domain
