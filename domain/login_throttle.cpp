#include "domain/login_throttle.hpp"

namespace collabtender::domain {

bool is_locked(const ThrottleState& state, TimePoint now) {
    return state.locked_until && now < *state.locked_until;
}

ThrottleState after_failure(const ThrottleState& state, TimePoint now, const ThrottlePolicy& policy) {
    ThrottleState next = state;
    if (state.locked_until && now >= *state.locked_until) next = ThrottleState{};
    next.failures += 1;
    if (next.failures >= policy.max_failures) next.locked_until = now + policy.lock_duration;
    return next;
}

std::chrono::seconds retry_after(const ThrottleState& state, TimePoint now) {
    if (!is_locked(state, now)) return std::chrono::seconds{0};
    const auto left = *state.locked_until - now;
    return std::chrono::ceil<std::chrono::seconds>(left);
}

}  // namespace collabtender::domain
