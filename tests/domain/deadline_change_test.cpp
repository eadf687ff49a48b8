#include "domain/deadline_change.hpp"

#include <algorithm>

#include <doctest/doctest.h>

using namespace collabtender::domain;
using namespace std::chrono_literals;

namespace {

const TimePoint now = std::chrono::sys_days{std::chrono::year{2027} / 3 / 1};

Timetable timetable() {
    Timetable t;
    t.clarification_cutoff = now + 24h * 5;
    t.stage1_deadline = now + 24h * 10;
    t.stage2_deadline = now + 24h * 60;
    return t;
}

bool has(const Violations& violations, const std::string& code) {
    return std::any_of(violations.begin(), violations.end(), [&](const auto& v) { return v.code == code; });
}

}  // namespace

TEST_CASE("a deadline moves later before it passes, in order with the rest of the timetable") {
    CHECK(check_deadline_change(timetable(), {1, now + 24h * 17}, now, true).empty());
    CHECK(check_deadline_change(timetable(), {2, now + 24h * 90}, now, true).empty());
    CHECK(has(check_deadline_change(timetable(), {1, now + 24h * 60}, now, false), "after_stage2"));
    CHECK(has(check_deadline_change(timetable(), {2, now + 24h * 9}, now, false), "before_stage1"));
    CHECK(has(check_deadline_change(timetable(), {1, now + 24h * 10}, now, false), "unchanged"));
    CHECK(has(check_deadline_change(timetable(), {1, now - 1s}, now, false), "in_the_past"));
    CHECK(check_deadline_change(timetable(), {3, now + 24h}, now, false).at(0).pointer == "/stage");
}

TEST_CASE("a deadline is never brought forward once providers have started bids") {
    CHECK(has(check_deadline_change(timetable(), {1, now + 24h * 8}, now, true), "cannot_shorten"));
    CHECK(check_deadline_change(timetable(), {1, now + 24h * 8}, now, false).empty());
    CHECK(has(check_deadline_change(timetable(), {1, now + 24h * 4}, now, false), "before_cutoff"));
}

namespace {
std::optional<RefusalCode> code_of(const std::optional<Refusal>& refusal) {
    return refusal ? std::optional<RefusalCode>{refusal->code()} : std::nullopt;
}
}  // namespace

TEST_CASE("a deadline that has passed, or a stage that has closed, cannot move") {
    CHECK_FALSE(deadline_fixed(TenderStatus::stage1_open, timetable(), 1, now, false));
    CHECK(code_of(deadline_fixed(TenderStatus::stage1_open, timetable(), 1, now + 24h * 11, false)) == RefusalCode::deadline_passed);
    CHECK(code_of(deadline_fixed(TenderStatus::stage1_evaluation, timetable(), 1, now, false)) == RefusalCode::stage_closed);
    CHECK_FALSE(deadline_fixed(TenderStatus::stage1_evaluation, timetable(), 2, now, false));
    CHECK(deadline_fixed(TenderStatus::draft, timetable(), 1, now, false));
    CHECK(deadline_fixed(TenderStatus::stage2_evaluation, timetable(), 2, now, false));
}

TEST_CASE("a passed deadline may be extended while the stage is open and a lot is short of bids") {
    const auto later = now + 24h * 11;
    CHECK_FALSE(deadline_fixed(TenderStatus::stage1_open, timetable(), 1, later, true));
    CHECK(deadline_fixed(TenderStatus::stage2_open, timetable(), 2, now + 24h * 61, false));
    CHECK_FALSE(deadline_fixed(TenderStatus::stage2_open, timetable(), 2, now + 24h * 61, true));
    CHECK(code_of(deadline_fixed(TenderStatus::stage1_evaluation, timetable(), 1, later, true)) ==
          RefusalCode::stage_closed);
}
