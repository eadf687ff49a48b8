#pragma once

#include <functional>
#include <string>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/database.hpp"

namespace collabtender::app {

struct Reconfirmed {
    persistence::Reconfirmation confirmation;
    persistence::SubmissionRecord submission;  // the standing submission it confirms
    bool replayed = false;                     // confirmed before: that confirmation
};

// The partnership's lead confirms, before the deadline, that its submitted bid
// stands after the tender changed. The bid does not change, so no new version or
// sign-off; to change it, submit again instead. Repeating a confirmation returns
// the first one. The time is read from `clock` once the bid is locked, as for a
// submission. Refuses a bid the caller is not a member of (not_found) or does not
// lead (forbidden), a cancelled lot (lot_cancelled), no stage open (too_late)
// and a bid with no change to answer (nothing_to_reconfirm).
Reconfirmed reconfirm(persistence::Connection& db, const domain::Principal& lead, const domain::BidId& bid_id,
                      const std::function<domain::TimePoint()>& clock);

}  // namespace collabtender::app
