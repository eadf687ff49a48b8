#include "domain/bid.hpp"

#include <doctest/doctest.h>

#include "tests/support/refusals.hpp"
#include "tests/support/violations.hpp"

using namespace collabtender::domain;
using collabtender::test::has;
using collabtender::test::refusal;
using namespace std::chrono_literals;

namespace {
const TimePoint deadline = TimePoint{} + 24h * 365 * 56;
}

TEST_CASE("words are counted between whitespace") {
    CHECK(word_count("") == 0);
    CHECK(word_count("  \n ") == 0);
    CHECK(word_count("Person-led support,\nalways.") == 3);
}

TEST_CASE("a submission at the deadline is too late, and a microsecond before is in time") {
    CHECK(before_deadline(deadline, deadline - 1us));
    CHECK_FALSE(before_deadline(deadline, deadline));
    CHECK_FALSE(before_deadline(deadline, deadline + 1us));
    CHECK_FALSE(before_deadline(std::nullopt, deadline));
}

TEST_CASE("a bid may be submitted to the open stage before its deadline") {
    Timetable t;
    t.stage1_deadline = deadline;
    t.stage2_deadline = deadline + 24h * 30;
    CHECK(open_stage(TenderStatus::stage1_open, t, deadline - 1s) == 1);
    CHECK_FALSE(open_stage(TenderStatus::stage1_open, t, deadline));
    CHECK(open_stage(TenderStatus::stage2_open, t, deadline + 24h) == 2);
    CHECK_FALSE(open_stage(TenderStatus::stage1_evaluation, t, deadline - 1s));
    CHECK_FALSE(open_stage(TenderStatus::pin_published, t, deadline - 1s));
}

TEST_CASE("stage-1 gate results reach bidders with the feedback, as stage 2 opens, and stay") {
    for (const auto status : {TenderStatus::draft, TenderStatus::pin_published, TenderStatus::stage1_open,
                              TenderStatus::stage1_evaluation, TenderStatus::cancelled})
        CHECK_FALSE(stage1_results_released(status));
    for (const auto status : {TenderStatus::stage2_open, TenderStatus::stage2_evaluation, TenderStatus::standstill,
                              TenderStatus::awarded})
        CHECK(stage1_results_released(status));
}

TEST_CASE("every criterion needs a response within its word limit") {
    const std::vector<Criterion> criteria{{"Person-led support", "", "", 60, 50, std::nullopt},
                                          {"Partnership", "", "", 40, 50, std::nullopt}};
    std::string long_text;
    for (int i = 0; i < 51; ++i) long_text += "word ";
    const auto v = check_responses({long_text, std::nullopt}, criteria);
    CHECK(has(v, "/responses/0", "over_word_limit"));
    CHECK(has(v, "/responses/1", "unanswered"));
    CHECK(check_responses({"We listen.", "We share."}, criteria).empty());
}

TEST_CASE("a bid is evaluable in a stage unless its lot is cancelled or a reconfirmation of that stage waits") {
    CHECK(bid_evaluable(false, {}, 1));
    CHECK_FALSE(bid_evaluable(true, {}, 1));
    CHECK_FALSE(bid_evaluable(false, {{1, false}}, 1));
    CHECK(bid_evaluable(false, {{1, true}}, 1));
    CHECK(bid_evaluable(false, {{2, false}}, 1));  // another stage's request
    CHECK_FALSE(bid_evaluable(false, {{2, false}}, 2));
    CHECK_FALSE(bid_evaluable(false, {{1, true}, {1, false}}, 1));  // a later change asks again
    CHECK_FALSE(bid_evaluable(true, {{1, true}}, 1));
}

TEST_CASE("a reconfirmation is outstanding while a request of the stage has no answer") {
    CHECK_FALSE(reconfirmation_outstanding({}, 1));
    CHECK(reconfirmation_outstanding({{1, true}, {1, false}}, 1));
    CHECK_FALSE(reconfirmation_outstanding({{1, true}, {2, false}}, 1));
}

TEST_CASE("the current submission is the stage's latest version unless it was withdrawn") {
    CHECK_FALSE(current_submission({}));
    CHECK(current_submission({{SubmissionId{"a"}, 1, false}}) == SubmissionId{"a"});
    // The latest by version, in whatever order the versions come.
    CHECK(current_submission({{SubmissionId{"b"}, 3, false}, {SubmissionId{"a"}, 2, false}}) == SubmissionId{"b"});
    CHECK_FALSE(current_submission({{SubmissionId{"a"}, 2, false}, {SubmissionId{"b"}, 3, true}}));
    CHECK(current_submission({{SubmissionId{"a"}, 2, true}, {SubmissionId{"b"}, 3, false}}) == SubmissionId{"b"});
}

TEST_CASE("the standing submission is the current one while the bid is evaluable") {
    const std::vector<SentVersion> sent{{SubmissionId{"a"}, 1, false}, {SubmissionId{"b"}, 2, false}};
    CHECK(standing_submission(sent, true) == SubmissionId{"b"});
    CHECK_FALSE(standing_submission(sent, false));
    CHECK_FALSE(standing_submission({{SubmissionId{"a"}, 1, false}, {SubmissionId{"b"}, 2, true}}, true));
    CHECK_FALSE(standing_submission({}, true));
}

TEST_CASE("a bid changes only while a stage is open for bids") {
    Timetable t;
    t.stage1_deadline = deadline;
    CHECK(require_open_stage(TenderStatus::stage1_open, t, deadline - 1s) == 1);
    CHECK(refusal([&] { require_open_stage(TenderStatus::stage1_open, t, deadline); }) ==
          RefusalCode::submissions_closed);
    CHECK(refusal([&] { require_open_stage(TenderStatus::stage1_evaluation, t, deadline - 1s); }) ==
          RefusalCode::submissions_closed);
}

TEST_CASE("a bid out of the tender is refused, naming what it failed") {
    CHECK_FALSE(refusal([] { require_in_tender(false, ""); }));
    try {
        require_in_tender(true, "Insurance: expired.");
        FAIL("an excluded bid was let through");
    } catch (const Refusal& r) {
        CHECK(r.code() == RefusalCode::excluded);
        CHECK(r.detail().ends_with("cannot be changed or sent again. Insurance: expired."));
    }
}

TEST_CASE("a bid's status: a cancelled lot, then exclusion, then a waiting reconfirmation, then what was sent") {
    const std::vector<ReconfirmationRequest> waiting{{1, true}, {2, false}}, answered{{1, true}};
    CHECK(bid_status(true, waiting, true, true, false) == "lot_cancelled");
    CHECK(bid_status(false, waiting, true, true, false) == "excluded");
    CHECK(bid_status(false, waiting, false, true, false) == "reconfirmation_required");
    CHECK(bid_status(false, answered, false, false, false) == "draft");
    CHECK(bid_status(false, answered, false, true, false) == "submitted");
    CHECK(bid_status(false, answered, false, true, true) == "withdrawn");
}

TEST_CASE("a bid is sent, withdrawn or reconfirmed only while a stage is open, each refused in its own words") {
    Timetable t;
    t.stage1_deadline = deadline;
    CHECK(require_stage_for(BidAction::submit, TenderStatus::stage1_open, t, deadline - 1s) == 1);
    for (const auto action : {BidAction::submit, BidAction::withdraw, BidAction::reconfirm})
        CHECK(refusal([&] { require_stage_for(action, TenderStatus::stage1_open, t, deadline); }) == RefusalCode::too_late);
    try {
        require_stage_for(BidAction::withdraw, TenderStatus::stage1_evaluation, t, deadline - 1s);
    } catch (const Refusal& r) {
        CHECK(r.detail() == "Bids can no longer be withdrawn.");
    }
}

TEST_CASE("stage 2 takes revised bids only from bids standing at the end of stage 1") {
    CHECK_FALSE(refusal([] { require_in_stage(1, false); }));
    CHECK_FALSE(refusal([] { require_in_stage(2, true); }));
    CHECK(refusal([] { require_in_stage(2, false); }) == RefusalCode::not_in_stage2);
}

TEST_CASE("a bid with anything missing is not submitted, and every problem is named") {
    CHECK_FALSE(refusal([] { require_submittable({}); }));
    try {
        require_submittable({{"/responses/0", "unanswered", "answer it"}, {"/sign_offs/o", "missing", "sign it"}});
        FAIL("an incomplete bid was submitted");
    } catch (const Refusal& r) {
        CHECK(r.code() == RefusalCode::bid_incomplete);
        CHECK(r.errors().size() == 2);
    }
}

TEST_CASE("only a waiting reconfirmation is answered, and only a standing submission withdrawn") {
    CHECK_FALSE(refusal([] { require_reconfirmation_outstanding({{1, false}}, 1); }));
    CHECK(refusal([] { require_reconfirmation_outstanding({{1, true}, {2, false}}, 1); }) ==
          RefusalCode::nothing_to_reconfirm);
    CHECK(require_withdrawable({{SubmissionId{"a"}, 1, false}, {SubmissionId{"b"}, 2, false}}) == SubmissionId{"b"});
    CHECK(refusal([] { require_withdrawable({{SubmissionId{"a"}, 1, false}, {SubmissionId{"b"}, 2, true}}); }) ==
          RefusalCode::nothing_to_withdraw);
    CHECK(refusal([] { require_withdrawable({}); }) == RefusalCode::nothing_to_withdraw);
}

TEST_CASE("a stage's bids are sealed until its deadline") {
    CHECK(refusal([] { require_unsealed(std::nullopt, deadline); }) == RefusalCode::sealed);
    CHECK(refusal([] { require_unsealed(deadline, deadline - 1us); }) == RefusalCode::sealed);
    CHECK_FALSE(refusal([] { require_unsealed(deadline, deadline); }));  // a submission then is too late
    CHECK_FALSE(refusal([] { require_unsealed(deadline, deadline + 1us); }));
}

TEST_CASE("a document meets a required document the tender has, and only its uploader removes it, unsent") {
    CHECK_FALSE(refusal([] { require_required_document(1, 2); }));
    CHECK(refusal([] { require_required_document(2, 2); }) == RefusalCode::invalid_query);
    CHECK(refusal([] { require_required_document(0, 0); }) == RefusalCode::invalid_query);
    CHECK_FALSE(refusal([] { require_own_document("org-a", "org-a"); }));
    CHECK(refusal([] { require_own_document("org-a", "org-b"); }) == RefusalCode::forbidden);
    CHECK_FALSE(refusal([] { require_unsubmitted_document(false); }));
    CHECK(refusal([] { require_unsubmitted_document(true); }) == RefusalCode::document_submitted);
}
