#pragma once

// A signed-in person changes their password, proving they know the current one.
#include <string>
#include <variant>

#include "domain/login_throttle.hpp"
#include "domain/time_point.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

struct ChangePassword {
    std::string current_password;
    std::string new_password;
    persistence::TokenDigest session;  // the one asking: it stays signed in
};

// Sign-ins for the person's email are paused after repeated failures; a wrong
// current password counts as one.
struct PasswordChangePaused {
    long retry_after_seconds = 0;
};
struct PasswordChanged {};

// Like signing in, the slow hash holds no transaction: check the throttle; verify
// the current password; under the throttle's lock, count a wrong one (refused:
// invalid, at /current_password) or set the new one, end every other session of
// the person, and tell them by email, audited. A new password that breaks
// domain::check_new_password is refused (invalid, at /new_password) before any of it.
std::variant<PasswordChanged, PasswordChangePaused> change_password(persistence::Connection& db,
                                                                    const domain::Principal& person,
                                                                    const ChangePassword& command,
                                                                    const domain::ThrottlePolicy& policy,
                                                                    domain::TimePoint now);

}  // namespace collabtender::app
