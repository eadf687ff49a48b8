#pragma once

// A signed-in person changes their password, proving they know the current one.
#include <string>
#include <variant>

#include "app/accounts/current_password.hpp"

namespace collabtender::app {

struct ChangePassword {
    std::string current_password;
    std::string new_password;
    persistence::TokenDigest session;  // the one asking: it stays signed in
};

// A new password that breaks domain::check_new_password is refused (invalid, at
// /new_password) first; then the current one is checked (check_current_password,
// at /current_password); then the new one is set, every other session of the
// person ends and they are told by email, audited.
std::optional<PasswordPaused> change_password(persistence::Connection& db, const domain::Principal& person,
                                              const ChangePassword& command, const domain::ThrottlePolicy& policy,
                                              domain::TimePoint now);

}  // namespace collabtender::app
