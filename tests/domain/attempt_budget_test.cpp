#include "domain/attempt_budget.hpp"

#include <doctest/doctest.h>

using namespace collabtender::domain;
using namespace std::chrono_literals;

namespace {

int allowed_of(AttemptBudget& budget, SteadyTime now, const AttemptPolicy& policy, int tries) {
    int allowed = 0;
    for (int i = 0; i < tries; ++i) allowed += take_attempt(budget, now, policy).allowed;
    return allowed;
}

}  // namespace

TEST_CASE("a fresh client has the whole burst, then waits for the refill") {
    const AttemptPolicy policy{5, 30s};
    const SteadyTime t0{1000s};
    AttemptBudget budget;
    CHECK(is_full(budget, t0));
    CHECK(allowed_of(budget, t0, policy, 8) == 5);
    const auto refused = take_attempt(budget, t0, policy);
    CHECK_FALSE(refused.allowed);
    CHECK(refused.retry_after == 30s);
    CHECK(take_attempt(budget, t0 + 29s, policy).retry_after == 1s);
    CHECK(take_attempt(budget, t0 + 30s, policy).allowed);
    CHECK_FALSE(take_attempt(budget, t0 + 30s, policy).allowed);
}

TEST_CASE("the budget refills to its burst and no further") {
    const AttemptPolicy policy{3, 10s};
    const SteadyTime t0{1000s};
    AttemptBudget budget;
    allowed_of(budget, t0, policy, 3);
    CHECK_FALSE(is_full(budget, t0 + 29s));
    CHECK(is_full(budget, t0 + 30s));
    CHECK(allowed_of(budget, t0 + 1000s, policy, 10) == 3);
}

TEST_CASE("attempts given back never run the budget out, and never raise it past its burst") {
    const AttemptPolicy policy{2, 60s};
    const SteadyTime t0{1000s};
    AttemptBudget budget;
    for (int i = 0; i < 50; ++i) {
        REQUIRE(take_attempt(budget, t0, policy).allowed);
        return_attempt(budget, t0, policy);
    }
    return_attempt(budget, t0, policy);
    return_attempt(budget, t0, policy);
    CHECK(allowed_of(budget, t0, policy, 5) == 2);
}
