#include "domain/minimum_bids.hpp"

#include <string>

#include "domain/text.hpp"

namespace collabtender::domain {

bool short_of_bids(const LotBids& lot, int minimum) {
    return !lot.cancelled && !lot.waived && lot.bids < minimum;
}

Violations minimum_bid_shortfalls(const std::vector<LotBids>& lots, int minimum) {
    Violations out;
    for (const auto& lot : lots) {
        if (!short_of_bids(lot, minimum)) continue;
        const auto number = std::to_string(lot.number);
        const auto bids = std::to_string(lot.bids) + (lot.bids == 1 ? " bid" : " bids");
        out.push_back({"/lots/" + number, "below_minimum_bids",
                       "lot " + number + " has " + bids + ", fewer than the " + std::to_string(minimum) +
                           " the tender needs: extend the deadline, proceed with a recorded reason, or cancel the lot"});
    }
    return out;
}

void check_minimum_bids(Violations& out, const MinimumBids& minimum) {
    check_range(out, minimum.stage1, "/minimum_bids/stage1", 1, most_minimum_bids);
    check_range(out, minimum.stage2, "/minimum_bids/stage2", 1, most_minimum_bids);
}

}  // namespace collabtender::domain
