#pragma once

#include <string>

#include "domain/accounts.hpp"
#include "domain/deadline_change.hpp"
#include "domain/ids.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

struct ChangeDeadline {
    domain::TenderId tender_id;
    domain::DeadlineChange change;
    std::string reason;
};

// Moves a stage's deadline before it passes (never earlier once bids have
// started), or after it passed while a lot is short of the tender's minimum
// number of bids and the stage is not yet closed. In the same transaction it is
// published as a clarification every bidder can read, and everyone following
// the tender is told: a formal notice, always emailed. Refuses a tender the
// commissioner may not see or manage (not_found, forbidden), a deadline that may
// not move (stage_closed, deadline_passed) and a new deadline out of order
// with the timetable (invalid).
persistence::TenderRecord change_deadline(persistence::Connection& db, const domain::Principal& commissioner,
                                          const ChangeDeadline& command, domain::TimePoint now);

}  // namespace collabtender::app
