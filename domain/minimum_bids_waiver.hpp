#pragma once

// After a stage's deadline a commissioner may proceed with a lot that has fewer
// bids than the tender's minimum, the reason on record (domain/minimum_bids.hpp).
#include <string>

#include "domain/minimum_bids.hpp"
#include "domain/tender.hpp"
#include "domain/violation.hpp"

namespace collabtender::domain {

// A waiver's own fields: the stage, 1 or 2 (/stage), and its reason (/reason).
Violations check_waiver(int stage, const std::string& reason);
// A lot's shortfall is decided after the stage's deadline and before the stage
// closes: refused (not_after_deadline) otherwise.
void require_shortfall_decidable(TenderStatus status, const Timetable& timetable, int stage, TimePoint now);
// Only a lot short of bids is waived, and once: refused (not_short_of_bids) otherwise.
void require_short_of_bids(const LotBids& lot, int minimum);

}  // namespace collabtender::domain
