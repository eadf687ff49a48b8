#include "domain/feedback.hpp"

#include <doctest/doctest.h>

#include "domain/refusal.hpp"
#include "tests/support/refusals.hpp"
#include "tests/support/violations.hpp"

using namespace collabtender::domain;
using collabtender::test::has;
using collabtender::test::refusal;

TEST_CASE("feedback is edited during stage-1 evaluation and read by the bidder once released") {
    CHECK(refusal([] { require_feedback_editable(TenderStatus::stage1_evaluation); }) == std::nullopt);
    CHECK(refusal([] { require_feedback_editable(TenderStatus::stage2_open); }) == RefusalCode::feedback_closed);
    CHECK(refusal([] { require_feedback_released(false); }) == RefusalCode::feedback_not_released);
    CHECK(refusal([] { require_feedback_released(true); }) == std::nullopt);
}

TEST_CASE("feedback suggests a lot still open and advises on the lot's own criteria") {
    CHECK(check_suggested_lot(true, false).empty());
    CHECK(has(check_suggested_lot(false, false), "/suggested_lot_id", "unknown_lot"));
    CHECK(has(check_suggested_lot(true, true), "/suggested_lot_id", "lot_cancelled"));
    CHECK(check_advised_criteria({0, 1}, 2).empty());
    CHECK(has(check_advised_criteria({2}, 2), "/advice", "unknown_criterion"));
    CHECK(has(check_advised_criteria({-1}, 2), "/advice", "unknown_criterion"));
}
