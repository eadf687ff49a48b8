#include "domain/login_throttle.hpp"

#include <doctest/doctest.h>

using namespace collabtender::domain;
using namespace std::chrono_literals;

TEST_CASE("failures below the limit do not lock") {
    const ThrottlePolicy policy{3, 60s};
    const TimePoint t0{};
    auto state = after_failure({}, t0, policy);
    state = after_failure(state, t0 + 1s, policy);
    CHECK(state.failures == 2);
    CHECK_FALSE(is_locked(state, t0 + 2s));
}

TEST_CASE("the failure that reaches the limit locks for the lock duration") {
    const ThrottlePolicy policy{3, 60s};
    const TimePoint t0{};
    ThrottleState state;
    for (int i = 0; i < 3; ++i) state = after_failure(state, t0, policy);
    CHECK(is_locked(state, t0 + 59s));
    CHECK(retry_after(state, t0 + 10s) == 50s);
    CHECK_FALSE(is_locked(state, t0 + 60s));
    CHECK(retry_after(state, t0 + 60s) == 0s);
}

TEST_CASE("after a lock expires the count starts again") {
    const ThrottlePolicy policy{2, 60s};
    const TimePoint t0{};
    auto state = after_failure(after_failure({}, t0, policy), t0, policy);
    REQUIRE(is_locked(state, t0));
    state = after_failure(state, t0 + 61s, policy);
    CHECK(state.failures == 1);
    CHECK_FALSE(is_locked(state, t0 + 61s));
}

TEST_CASE("retry-after rounds up to whole seconds") {
    const ThrottleState state{5, TimePoint{} + 1500ms};
    CHECK(retry_after(state, TimePoint{}) == 2s);
}
