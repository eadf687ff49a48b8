#include "domain/evaluation_access.hpp"

#include <doctest/doctest.h>

#include "domain/lot.hpp"
#include "tests/support/refusals.hpp"

using namespace collabtender::domain;
using collabtender::test::refusal;

TEST_CASE("only the tender's commissioners and the lot's seated panellists reach a bid") {
    CHECK(refusal([] { require_evaluator(true, false); }) == std::nullopt);
    CHECK(refusal([] { require_evaluator(false, true); }) == std::nullopt);
    CHECK(refusal([] { require_evaluator(false, false); }) == RefusalCode::not_found);
}

TEST_CASE("evaluators open the latest closed stage, or an earlier one asked for, never a later one") {
    CHECK(opened_stage(TenderStatus::stage1_evaluation, std::nullopt) == 1);
    CHECK(opened_stage(TenderStatus::stage2_evaluation, std::nullopt) == 2);
    CHECK(opened_stage(TenderStatus::stage2_evaluation, 1) == 1);
    CHECK(refusal([] { opened_stage(TenderStatus::stage1_open, std::nullopt); }) == RefusalCode::sealed);
    CHECK(refusal([] { opened_stage(TenderStatus::stage2_open, 2); }) == RefusalCode::sealed);
    CHECK(refusal([] { opened_stage(TenderStatus::stage2_open, 0); }) == RefusalCode::sealed);
}

TEST_CASE("a panellist declares before seeing a bid, and never sees one they are conflicted with") {
    CHECK(refusal([] { require_unconflicted(false, std::nullopt); }) == RefusalCode::declaration_required);
    CHECK(refusal([] { require_unconflicted(false, true); }) == RefusalCode::conflicted);
    CHECK(refusal([] { require_unconflicted(false, false); }) == std::nullopt);
    CHECK(refusal([] { require_unconflicted(true, std::nullopt); }) == std::nullopt);  // a commissioner
}

TEST_CASE("scoring is open while the stage is evaluated, for bids no gate excluded, until the scoresheet is sent") {
    CHECK(refusal([] { require_scoring_open(TenderStatus::stage1_evaluation, 1, false); }) == std::nullopt);
    CHECK(refusal([] { require_scoring_open(TenderStatus::stage2_open, 1, false); }) ==
          RefusalCode::evaluation_closed);
    CHECK(refusal([] { require_scoring_open(TenderStatus::stage1_evaluation, 1, true); }) ==
          RefusalCode::bid_excluded);
    CHECK(refusal([] { require_scoresheet_open(true); }) == RefusalCode::scores_submitted);
    CHECK(refusal([] { require_scoresheet_open(false); }) == std::nullopt);
}

TEST_CASE("a cancelled lot refuses bids, reconfirmations and ranking, each in its own words") {
    CHECK(refusal([] { require_lot_going_ahead(false, LotUse::bidding); }) == std::nullopt);
    for (auto use : {LotUse::bidding, LotUse::reconfirming, LotUse::ranking})
        CHECK(refusal([use] { require_lot_going_ahead(true, use); }) == RefusalCode::lot_cancelled);
}

TEST_CASE("commissioners judge, panellists declare, the chair or a commissioner moderates once all have scored") {
    CHECK(refusal([] { require_commissioner(false); }) == RefusalCode::forbidden);
    CHECK(refusal([] { require_commissioner(true); }) == std::nullopt);
    CHECK(refusal([] { require_declarer(true); }) == RefusalCode::forbidden);
    CHECK(refusal([] { require_declarer(false); }) == std::nullopt);
    CHECK(refusal([] { require_moderator(false, false); }) == RefusalCode::forbidden);
    CHECK(refusal([] { require_moderator(false, true); }) == std::nullopt);
    CHECK(refusal([] { require_moderator(true, false); }) == std::nullopt);
    CHECK(refusal([] { require_moderation_ready(false); }) == RefusalCode::moderation_not_ready);
    CHECK(refusal([] { require_moderation_ready(true); }) == std::nullopt);
}

TEST_CASE("a panellist sees the panel's scores once they have submitted their own") {
    CHECK(refusal([] { require_scores_visible(false, false); }) == RefusalCode::scores_hidden);
    CHECK(refusal([] { require_scores_visible(false, true); }) == std::nullopt);
    CHECK(refusal([] { require_scores_visible(true, false); }) == std::nullopt);
}
