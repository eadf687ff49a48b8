#pragma once

#include <string>

#include "app/bids/bid_context.hpp"
#include "domain/ids.hpp"
#include "persistence/database.hpp"

namespace collabtender::app {

struct StartBid {
    domain::ConsortiumId consortium_id;
    domain::LotId lot_id;
};

// The lead starts the consortium's bid for a lot, while a stage is open. Returns
// the new bid. Refuses a consortium the caller does not see (not_found) or does
// not lead (forbidden), a tender with no stage open (submissions_closed), a lot
// not of the tender (invalid at /lot_id), a cancelled lot (lot_cancelled).
BidContext start_bid(persistence::Connection& db, const domain::Principal& lead, const StartBid& command,
                     domain::TimePoint now);

}  // namespace collabtender::app
