#include "domain/minimum_bids_waiver.hpp"

#include <doctest/doctest.h>

#include "tests/support/refusals.hpp"

using namespace collabtender::domain;
using namespace std::chrono_literals;
using collabtender::test::refusal;

namespace {
const TimePoint today = TimePoint{} + 24h * 365 * 56;

Timetable deadlines(TimePoint stage1, TimePoint stage2) {
    Timetable t;
    t.stage1_deadline = stage1;
    t.stage2_deadline = stage2;
    return t;
}
}  // namespace

TEST_CASE("a waiver names its stage, 1 or 2, and a reason") {
    CHECK(check_waiver(1, "Only one provider works on Orkney").empty());
    CHECK(check_waiver(2, "x").empty());
    const auto wrong = check_waiver(3, "");
    REQUIRE(wrong.size() == 2);
    CHECK(wrong[0].pointer == "/stage");
    CHECK(wrong[1].pointer == "/reason");
}

TEST_CASE("a lot's shortfall is decided after the stage's deadline, while the stage still takes bids") {
    const auto passed = deadlines(today - 1h, today + 24h * 30);
    CHECK_FALSE(refusal([&] { require_shortfall_decidable(TenderStatus::stage1_open, passed, 1, today); }));
    CHECK(refusal([&] { require_shortfall_decidable(TenderStatus::stage1_open, deadlines(today + 1h, today + 24h), 1, today); }) ==
          RefusalCode::not_after_deadline);
    // Closed: the stage is being evaluated, so its shortfall was settled on closing.
    CHECK(refusal([&] { require_shortfall_decidable(TenderStatus::stage1_evaluation, passed, 1, today); }) ==
          RefusalCode::not_after_deadline);
    CHECK(refusal([&] { require_shortfall_decidable(TenderStatus::stage1_open, passed, 2, today); }) ==
          RefusalCode::not_after_deadline);
}

TEST_CASE("only a lot short of bids is waived, and only once") {
    CHECK_FALSE(refusal([] { require_short_of_bids({1, 1, false, false}, 2); }));
    CHECK(refusal([] { require_short_of_bids({1, 2, false, false}, 2); }) == RefusalCode::not_short_of_bids);
    CHECK(refusal([] { require_short_of_bids({1, 1, true, false}, 2); }) == RefusalCode::not_short_of_bids);
    CHECK(refusal([] { require_short_of_bids({1, 0, false, true}, 2); }) == RefusalCode::not_short_of_bids);
}
