#include "domain/audit_trail.hpp"

#include <doctest/doctest.h>

#include "tests/support/violations.hpp"

using namespace collabtender::domain;
using collabtender::test::has;

TEST_CASE("admins verify every chain at once, anyone else names the tender") {
    CHECK(check_chain_named(Role::admin, false).empty());
    CHECK(check_chain_named(Role::admin, true).empty());
    CHECK(check_chain_named(Role::commissioner, true).empty());
    CHECK(has(check_chain_named(Role::commissioner, false), "?tender_id", "required"));
}

TEST_CASE("a stage's bid activity is sealed while it takes bids, and only then") {
    Timetable timetable;
    timetable.stage1_deadline = TimePoint{} + std::chrono::hours{24};
    CHECK(bid_activity_sealed_since(TenderStatus::stage1_open, timetable) == TimePoint{});
    CHECK(bid_activity_sealed_since(TenderStatus::stage2_open, timetable) == timetable.stage1_deadline);
    for (const auto status : {TenderStatus::draft, TenderStatus::pin_published, TenderStatus::stage1_evaluation,
                              TenderStatus::stage2_evaluation, TenderStatus::awarded})
        CHECK_FALSE(bid_activity_sealed_since(status, timetable));
}
