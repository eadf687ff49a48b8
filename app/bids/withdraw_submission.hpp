#pragma once

#include <string>

#include "domain/ids.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/database.hpp"

namespace collabtender::app {

// A member withdraws the bid's standing submission of the open stage before its
// deadline (a stage-1 version stays as it stood when stage 1 closed); it may be
// submitted again while the stage is open. Returns the withdrawn receipt. Refuses
// a bid the caller is not a member of (not_found), no stage open (too_late) and
// nothing standing in the stage (nothing_to_withdraw).
persistence::SubmissionRecord withdraw_submission(persistence::Connection& db, const domain::Principal& member,
                                                  const domain::BidId& bid_id, domain::TimePoint now);

}  // namespace collabtender::app
