#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/tenders/lot_standings.hpp"
#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"

namespace collabtender::app {

// Each lot's standing bids in a stage against the tender's minimum, and who
// waived or cancelled any of them.
struct MinimumBids {
    int stage = 1;
    int minimum = 1;
    bool deadline_passed = false;
    std::vector<LotStanding> lots;
    persistence::DisplayNames people;
};

// For the tender's commissioners, the stage asked (by default the one taking
// bids, else 1). Refuses a tender they may not see (not_found) or manage (forbidden).
MinimumBids read_minimum_bids(persistence::Connection& db, const domain::Principal& commissioner,
                              const domain::TenderId& tender_id, std::optional<int> stage, domain::TimePoint now);

}  // namespace collabtender::app
