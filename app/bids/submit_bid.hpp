#pragma once

#include <functional>
#include <string>

#include "domain/ids.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/database.hpp"

namespace collabtender::app {

struct SubmitBid {
    domain::BidId bid_id;
    std::string idempotency_key;  // the same key returns the same receipt, never a second version
};

struct Submitted {
    persistence::SubmissionRecord receipt;
    bool replayed = false;  // the key was used before: its receipt
};

// A member submits the current draft to the open stage as a new, immutable
// version with a receipt recording domain::submission_declaration. The bid and
// its membership are locked throughout, so two members submitting at once get
// consecutive versions and the membership submitted is the one locked; the time
// is read from `clock` once locked, so a submission racing the deadline is
// wholly in or wholly out. Refuses a bid the caller is not a member of
// (not_found), no stage open (too_late), a cancelled lot (lot_cancelled), a bid
// not standing in stage 1 for stage 2 (not_in_stage2), a bid out of the tender
// (excluded), and a bid incomplete or not signed off by every member as it
// stands (bid_incomplete).
Submitted submit_bid(persistence::Connection& db, const domain::Principal& member, const SubmitBid& command,
                     const std::function<domain::TimePoint()>& clock);

}  // namespace collabtender::app
