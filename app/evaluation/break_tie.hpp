#pragma once

#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"
#include "persistence/database.hpp"

namespace collabtender::app {

struct BreakTie {
    domain::LotId lot_id;
    std::vector<domain::BidId> order;  // bid ids, first ranked first
    std::string reason;
};

// The commissioner's recorded decision among bids level on every score: the last
// rule of the tie-break, applied only where the scores cannot decide; audited.
// Refuses whoever may not know of the lot (not_found) or does not manage it
// (forbidden), a cancelled lot (lot_cancelled), before stage 2 closed
// (not_ranked_yet), once awards are proposed (ties_closed), and a bid that is
// not ranked in the lot (invalid).
void break_tie(persistence::Connection& db, const domain::Principal& commissioner, const BreakTie& command,
               domain::TimePoint now);

}  // namespace collabtender::app
