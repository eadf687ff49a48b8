#include "domain/lot.hpp"

#include <doctest/doctest.h>

#include "domain/refusal.hpp"
#include "tests/support/refusals.hpp"

using namespace collabtender::domain;
using collabtender::test::refusal;

namespace {
LotDetails welcome_team() {
    return {1, "Welcome Team 1", "A locality welcome team", "North West", {"Fewer admissions"}, 90000000, 60, 1};
}
}  // namespace

TEST_CASE("a lot patch replaces the fields it gives and keeps the others") {
    LotPatch patch;
    patch.term_months = 48;
    patch.outcomes = std::vector<std::string>{};
    auto expected = welcome_team();
    expected.term_months = 48;
    expected.outcomes.clear();
    CHECK(patched(welcome_team(), patch) == expected);
    CHECK(patched(welcome_team(), LotPatch{}) == welcome_team());
}

TEST_CASE("a lot is cancelled once, after bidding has begun and before its award is proposed") {
    using enum TenderStatus;
    for (const auto status : {stage1_open, stage1_evaluation, stage2_open, stage2_evaluation, standstill})
        CHECK_FALSE(refusal([&] { require_lot_cancellable(status, false); }));
    CHECK(refusal([] { require_lot_cancellable(stage1_open, true); }) == RefusalCode::lot_already_cancelled);
    for (const auto status : {draft, pin_published, awarded, cancelled})
        CHECK(refusal([&] { require_lot_cancellable(status, false); }) == RefusalCode::not_cancellable);
    try {
        require_lot_cancellable(draft, false);
    } catch (const Refusal& refused) {
        CHECK(refused.detail() == "Before stage 1 opens, delete the lot instead.");
    }
    try {
        require_lot_cancellable(awarded, false);
    } catch (const Refusal& refused) {
        CHECK(refused.detail() == "The tender is awarded.");
    }
    CHECK_FALSE(refusal([] { require_award_not_proposed(false); }));
    CHECK(refusal([] { require_award_not_proposed(true); }) == RefusalCode::award_proposed);
}
