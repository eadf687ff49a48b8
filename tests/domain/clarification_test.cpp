#include "domain/clarification.hpp"

#include <doctest/doctest.h>

#include "tests/support/refusals.hpp"

using namespace collabtender::domain;
using namespace std::chrono_literals;
using collabtender::test::refusal;

namespace {
const TimePoint now = TimePoint{} + 24h * 365 * 56;
Timetable timetable() {
    Timetable t;
    t.clarification_cutoff = now + 24h;
    t.stage1_deadline = now + 24h * 7;
    t.stage2_deadline = now + 24h * 60;
    return t;
}
}  // namespace

TEST_CASE("stage-1 questions are taken until the cut-off") {
    CHECK_FALSE(refuse_question(TenderStatus::pin_published, timetable(), now));
    CHECK_FALSE(refuse_question(TenderStatus::stage1_open, timetable(), now + 23h));
    const auto refused = refuse_question(TenderStatus::stage1_open, timetable(), now + 24h);
    REQUIRE(refused);
    CHECK(refused->code == "cutoff_passed");
}

TEST_CASE("stage-2 questions close six days before the stage-2 deadline") {
    CHECK_FALSE(refuse_question(TenderStatus::stage2_open, timetable(), now + 24h * 53));
    CHECK(refuse_question(TenderStatus::stage2_open, timetable(), now + 24h * 54));
}

TEST_CASE("no questions outside the open stages") {
    for (auto status : {TenderStatus::draft, TenderStatus::stage1_evaluation, TenderStatus::stage2_evaluation,
                        TenderStatus::standstill, TenderStatus::awarded, TenderStatus::cancelled})
        CHECK(refuse_question(status, timetable(), now)->code == "clarifications_closed");
}

TEST_CASE("answers are given from the PIN until stage 2 is evaluated") {
    CHECK(answers_allowed(TenderStatus::pin_published));
    CHECK(answers_allowed(TenderStatus::stage1_evaluation));
    CHECK(answers_allowed(TenderStatus::stage2_evaluation));
    CHECK_FALSE(answers_allowed(TenderStatus::draft));
    CHECK_FALSE(answers_allowed(TenderStatus::cancelled));
    CHECK_FALSE(answers_allowed(TenderStatus::awarded));
}

TEST_CASE("questions and answers need words") {
    CHECK(validate_question("Can two charities share the lead role?").empty());
    CHECK(validate_question(" ").size() == 1);
    CHECK(validate_answer("Yes, with one accountable lead.", std::nullopt).empty());
    CHECK(validate_answer("", std::string{""}).size() == 2);
}

TEST_CASE("a question after the cut-off is refused as questions_closed, naming why") {
    CHECK_FALSE(refusal([] { require_question_taken(TenderStatus::stage1_open, timetable(), now); }));
    try {
        require_question_taken(TenderStatus::stage1_open, timetable(), now + 24h);
        FAIL("took a question after the cut-off");
    } catch (const Refusal& refused) {
        CHECK(refused.code() == RefusalCode::questions_closed);
        REQUIRE(refused.errors().size() == 1);
        CHECK(refused.errors()[0].pointer == "/timetable/clarification_cutoff");
        CHECK(refused.detail() == refused.errors()[0].message);
    }
    CHECK(refusal([] { require_answers_allowed(TenderStatus::awarded); }) == RefusalCode::answers_closed);
    CHECK_FALSE(refusal([] { require_answers_allowed(TenderStatus::stage2_open); }));
}

TEST_CASE("a question is answered once, and published once answered and only once") {
    CHECK_FALSE(refusal([] { require_unanswered(false); }));
    CHECK(refusal([] { require_unanswered(true); }) == RefusalCode::already_answered);
    CHECK(refusal([] { require_publishable(false, false); }) == RefusalCode::not_answered);
    CHECK(refusal([] { require_publishable(true, true); }) == RefusalCode::already_published);
    CHECK_FALSE(refusal([] { require_publishable(true, false); }));
    CHECK(refusal([] { require_unpublished(true); }) == RefusalCode::already_published);
}

TEST_CASE("a wording or a change is published with the answer, never kept private") {
    CHECK(check_private_answer(false, false).empty());
    CHECK(check_private_answer(true, true).empty());
    const auto refused = check_private_answer(false, true);
    REQUIRE(refused.size() == 1);
    CHECK(refused[0].pointer == "/publish");
    CHECK(validate_published_question(std::nullopt).empty());
    CHECK(validate_published_question(std::string{""}).size() == 1);
}

TEST_CASE("the owning body sees every question, the asker its own, everyone else the published wording") {
    const std::optional<std::string> pilton{"pilton"};
    CHECK(clarification_view(true, std::nullopt, "pilton") == ClarificationView::owner);
    CHECK(clarification_view(false, pilton, "pilton") == ClarificationView::asker);
    CHECK(clarification_view(false, std::string{"canongate"}, "pilton") == ClarificationView::published);
    CHECK(clarification_view(false, std::nullopt, "pilton") == ClarificationView::published);
}

TEST_CASE("a publication changes the lot it corrects and, with the documents, the question's lot or every lot") {
    const std::vector<std::string> every{"lot-1", "lot-2"};
    const std::optional<std::string> lot1{"lot-1"}, lot2{"lot-2"};
    CHECK(changed_lots(std::nullopt, false, lot1, every).empty());
    CHECK(changed_lots(lot2, false, lot1, every) == std::set<std::string>{"lot-2"});
    CHECK(changed_lots(lot2, true, lot1, every) == std::set<std::string>{"lot-1", "lot-2"});
    CHECK(changes_every_lot(true, std::nullopt));
    CHECK_FALSE(changes_every_lot(true, lot1));
    CHECK_FALSE(changes_every_lot(false, std::nullopt));
    CHECK(changed_lots(std::nullopt, true, std::nullopt, every) == std::set<std::string>{"lot-1", "lot-2"});
}

TEST_CASE("bids are reconfirmed only before their stage's deadline") {
    CHECK_FALSE(reconfirmation_too_late(2, now + 1h, now));
    CHECK(reconfirmation_too_late(2, now, now));
    CHECK_FALSE(reconfirmation_too_late(0, now - 1h, now));
}
