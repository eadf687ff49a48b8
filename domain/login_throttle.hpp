#pragma once

#include <chrono>
#include <optional>

#include "domain/time_point.hpp"

namespace collabtender::domain {

// Repeated failed sign-ins for one email lock it for a while, which turns online
// password guessing from thousands of tries an hour into a handful.
struct ThrottlePolicy {
    int max_failures = 5;
    std::chrono::seconds lock_duration{std::chrono::minutes{15}};
};

struct ThrottleState {
    int failures = 0;
    std::optional<std::chrono::system_clock::time_point> locked_until;

    friend bool operator==(const ThrottleState&, const ThrottleState&) = default;
};

bool is_locked(const ThrottleState& state, TimePoint now);

// The state after one more failure at `now`. The count restarts once a lock has
// expired, so each lock is earned by a fresh run of failures.
ThrottleState after_failure(const ThrottleState& state, TimePoint now, const ThrottlePolicy& policy);

// How long until a locked email may try again, rounded up to whole seconds.
std::chrono::seconds retry_after(const ThrottleState& state, TimePoint now);

}  // namespace collabtender::domain
