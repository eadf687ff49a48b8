#include "domain/attempt_budget.hpp"

#include <algorithm>

namespace collabtender::domain {

AttemptDecision take_attempt(AttemptBudget& budget, SteadyTime now, const AttemptPolicy& policy) {
    const auto next = std::max(budget.full_at, now) + policy.refill;
    const auto window = policy.refill * policy.burst;
    if (next - now > window)
        return {false, std::chrono::ceil<std::chrono::seconds>(next - now - window)};
    budget.full_at = next;
    return {true, std::chrono::seconds{0}};
}

void return_attempt(AttemptBudget& budget, SteadyTime now, const AttemptPolicy& policy) {
    budget.full_at = std::max(budget.full_at - policy.refill, now);
}

bool is_full(const AttemptBudget& budget, SteadyTime now) { return budget.full_at <= now; }

}  // namespace collabtender::domain
