#pragma once

#include <string>

#include "app/tenders/lot_standings.hpp"
#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"

namespace collabtender::app {

struct WaiveMinimumBids {
    domain::TenderId tender_id;
    domain::LotId lot_id;
    int stage = 0;
    std::string reason;
};

struct WaivedLot {
    LotStanding standing;
    int minimum = 1;
    persistence::DisplayNames people;
};

// After a stage's deadline the commissioner proceeds with a lot that has fewer
// bids than the tender's minimum, the reason on record, once. Refuses a tender
// they may not see or manage (not_found, forbidden), a lot not of it (not_found),
// before the deadline or after the stage closed (not_after_deadline) and a lot
// not short of bids (not_short_of_bids).
WaivedLot waive_minimum_bids(persistence::Connection& db, const domain::Principal& commissioner,
                             const WaiveMinimumBids& command, domain::TimePoint now);

}  // namespace collabtender::app
