#pragma once

// A tender states the fewest bids each lot needs in each stage, 1 unless it says
// more. After a stage's deadline a lot with fewer holds up evaluation until the
// commissioner extends the deadline, proceeds with a recorded reason, or cancels
// the lot: one bid is no competition, and none is nothing to evaluate.
#include <vector>

#include "domain/violation.hpp"

namespace collabtender::domain {

struct MinimumBids {
    int stage1 = 1;
    int stage2 = 1;

    int of(int stage) const { return stage == 1 ? stage1 : stage2; }
    friend bool operator==(const MinimumBids&, const MinimumBids&) = default;
};

inline constexpr int most_minimum_bids = 100;

// A lot's standing after a stage's deadline.
struct LotBids {
    int number = 0;
    int bids = 0;          // standing bids, those awaiting reconfirmation not counted
    bool waived = false;   // the commissioner recorded a reason to proceed
    bool cancelled = false;
};

// Each lot that holds up the move to evaluation, at /lots/{number}, in plain words.
Violations minimum_bid_shortfalls(const std::vector<LotBids>& lots, int minimum);

// Whether the lot is one of them.
bool short_of_bids(const LotBids& lot, int minimum);

// At /minimum_bids/stage1 and /minimum_bids/stage2.
void check_minimum_bids(Violations& out, const MinimumBids& minimum);

}  // namespace collabtender::domain
