#pragma once

// Two-factor sign-in: who must use it, what a code looks like, and when a code
// is accepted. The codes themselves are computed by app/accounts/totp (liboath).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/accounts.hpp"

namespace collabtender::domain {

// Admins and commissioners, when the installation requires it (its setting,
// on by default); everyone else may choose to.
bool two_factor_required(Role role, bool installation_requires);

// A code from an authenticator app: six digits, spaces allowed between them.
// None when the text is not one.
std::optional<std::string> one_time_code(std::string_view text);

// A code is accepted once: its time step must come after the last one accepted.
// That rule is the statement that records the step (user_totp_step_accept in
// persistence/sql/accounts.sql), so two sign-ins racing with one code cannot both pass.

// Recovery codes as people type them: any case, with or without the dashes and
// spaces they were shown with.
std::string normalise_recovery_code(std::string_view text);

inline constexpr int recovery_code_count = 10;

}  // namespace collabtender::domain
