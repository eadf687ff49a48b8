#include "domain/clarification.hpp"

#include <doctest/doctest.h>

using namespace collabtender::domain;
using namespace std::chrono_literals;

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
