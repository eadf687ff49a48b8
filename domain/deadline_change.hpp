#pragma once

// Moving a stage's deadline once the tender is public. Bidders plan their work
// around it, so it may only move before it passes, never earlier once anyone has
// started a bid, and always stays in order with the rest of the timetable.
#include "domain/tender.hpp"
#include "domain/violation.hpp"

namespace collabtender::domain {

struct DeadlineChange {
    int stage = 1;
    TimePoint deadline;
};

// Whether the stage's deadline may still move at all (the tender public, the
// stage not closed, the deadline not passed); `code` and plain words when not.
// A passed deadline may still be extended while the stage is open and a lot is
// short of the tender's minimum number of bids (`short_of_bids`).
struct DeadlineOpen {
    bool open;
    const char* code;
    const char* reason;
};
DeadlineOpen deadline_movable(TenderStatus status, const Timetable& timetable, int stage, TimePoint now,
                              bool short_of_bids);

// What is wrong with the new deadline, at /deadline (and /stage).
Violations check_deadline_change(const Timetable& timetable, const DeadlineChange& change, TimePoint now,
                                 bool bids_exist);

}  // namespace collabtender::domain
