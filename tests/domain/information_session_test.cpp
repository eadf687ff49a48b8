#include "domain/information_session.hpp"

#include <doctest/doctest.h>

#include "tests/support/refusals.hpp"
#include "tests/support/violations.hpp"

using namespace collabtender::domain;
using collabtender::test::has;
using collabtender::test::refusal;
using namespace std::chrono_literals;

namespace {
const TimePoint now = TimePoint{} + 24h * 365 * 56;
}  // namespace

TEST_CASE("a session is in the future, ends after it starts, and is somewhere") {
    CHECK(validate({now + 24h, now + 26h, "City Chambers", "", 60}, now).empty());
    CHECK(validate({now + 24h, now + 26h, "", "https://meet.example/x", 60}, now).empty());
    const auto v = validate({now - 1h, now - 2h, " ", "", 0}, now);
    CHECK(has(v, "/starts_at", "in_the_past"));
    CHECK(has(v, "/ends_at", "out_of_order"));
    CHECK(has(v, "/place", "required"));
    CHECK(has(v, "/capacity", "out_of_range"));
    CHECK(has(validate({now + 1h, now + 2h, "", "http://meet.example", 5}, now), "/online_link", "invalid_link"));
}

TEST_CASE("seats are confirmed while any are free, then the waiting list") {
    CHECK(seat_for_new_booking(2, 0) == SeatStatus::confirmed);
    CHECK(seat_for_new_booking(2, 1) == SeatStatus::confirmed);
    CHECK(seat_for_new_booking(2, 2) == SeatStatus::waiting);
}

TEST_CASE("sessions are added until stage 1 closes") {
    for (auto status : {TenderStatus::draft, TenderStatus::pin_published, TenderStatus::stage1_open})
        CHECK_FALSE(refusal([&] { require_sessions_open(status); }));
    for (auto status : {TenderStatus::stage1_evaluation, TenderStatus::cancelled, TenderStatus::awarded})
        CHECK(refusal([&] { require_sessions_open(status); }) == RefusalCode::sessions_closed);
}

TEST_CASE("bookings are open while the tender is published and open, before the session starts") {
    const auto book = [](TenderStatus status, TimePoint starts) {
        return refusal([&] { require_bookings_open(status, starts, now); });
    };
    CHECK_FALSE(book(TenderStatus::pin_published, now + 1h));
    CHECK_FALSE(book(TenderStatus::stage1_open, now + 1h));
    CHECK(book(TenderStatus::pin_published, now) == RefusalCode::bookings_closed);
    for (auto status : {TenderStatus::draft, TenderStatus::stage1_evaluation, TenderStatus::cancelled, TenderStatus::awarded})
        CHECK(book(status, now + 1h) == RefusalCode::bookings_closed);
}
