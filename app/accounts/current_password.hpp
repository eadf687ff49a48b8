#pragma once

// A signed-in person proves they know their password before a sensitive change
// (a new password, a new email address), counted like a sign-in.
#include <optional>
#include <string>
#include <variant>

#include "domain/login_throttle.hpp"
#include "domain/time_point.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

// Sign-ins for the person's email are paused after repeated failures.
struct PasswordPaused {
    long retry_after_seconds = 0;
};

// Like signing in, the slow hash holds no transaction: read the throttle and the
// account; verify; under the throttle's lock, count a wrong password or clear the
// failures. Returns the person's account when the password is right, the pause
// while paused; refuses a wrong password (invalid, at `pointer`) once counted.
std::variant<persistence::UserRecord, PasswordPaused> check_current_password(
    persistence::Connection& db, const domain::Principal& person, const std::string& password,
    const std::string& pointer, const domain::ThrottlePolicy& policy, domain::TimePoint now);

}  // namespace collabtender::app
