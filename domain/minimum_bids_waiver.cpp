#include "domain/minimum_bids_waiver.hpp"

#include "domain/bid.hpp"
#include "domain/refusal.hpp"
#include "domain/text.hpp"

namespace collabtender::domain {

Violations check_waiver(int stage, const std::string& reason) {
    Violations out;
    if (stage != 1 && stage != 2) out.push_back({"/stage", "invalid_value", "must be 1 or 2"});
    check_text(out, reason, "/reason", 1, 2000);
    return out;
}

void require_shortfall_decidable(TenderStatus status, const Timetable& timetable, int stage, TimePoint now) {
    if (stage_taking_bids(status) != stage ||
        before_deadline(stage == 1 ? timetable.stage1_deadline : timetable.stage2_deadline, now))
        throw Refusal{RefusalCode::not_after_deadline,
                      "A lot's shortfall of bids is decided after the stage's deadline, before the stage closes."};
}

void require_short_of_bids(const LotBids& lot, int minimum) {
    if (!short_of_bids(lot, minimum))
        throw Refusal{RefusalCode::not_short_of_bids, "This lot has the bids it needs, or is already waived or cancelled."};
}

}  // namespace collabtender::domain
