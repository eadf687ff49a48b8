#pragma once

#include <chrono>

namespace collabtender::domain {

// How many sign-in attempts one client may make: a burst, then one more per
// `refill` (a token bucket, kept as the moment the bucket will be full again, the
// "generic cell rate algorithm"). An attempt that succeeds is given back, so an
// office of people signing in from one address is never held up; only failures
// use the budget up, which is what guessing and credential stuffing produce.
struct AttemptPolicy {
    int burst = 20;
    std::chrono::seconds refill{30};
};

using SteadyTime = std::chrono::steady_clock::time_point;

struct AttemptBudget {
    SteadyTime full_at{};  // before `now`: the whole burst is available
};

struct AttemptDecision {
    bool allowed = false;
    std::chrono::seconds retry_after{0};  // when refused: until one attempt is available, rounded up
};

// Takes one attempt from the budget if it has one.
AttemptDecision take_attempt(AttemptBudget& budget, SteadyTime now, const AttemptPolicy& policy);

// Gives back an attempt taken earlier (it succeeded, or the service failed it).
void return_attempt(AttemptBudget& budget, SteadyTime now, const AttemptPolicy& policy);

// Whether the budget is whole again, so that nothing need be remembered for it.
bool is_full(const AttemptBudget& budget, SteadyTime now);

}  // namespace collabtender::domain
