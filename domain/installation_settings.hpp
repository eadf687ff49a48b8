#pragma once

// What an installation's admins set while it runs: held in the database, each
// change audited. A setting never written reads as its default here.
#include <cstdint>
#include <optional>
#include <string>

#include "domain/violation.hpp"

namespace collabtender::domain {

struct InstallationSettings {
    // Admins and commissioners sign in with a second factor (domain/two_factor).
    bool two_factor_required = true;
    // The current Real Living Wage an hour, in pence, which a Fair Work First gate
    // asks for when its commissioner names no rate (domain/gates). None until an
    // admin sets it: the rate changes every year, so no default is right for long.
    std::optional<std::int64_t> real_living_wage_pence;
    // How long an invitation's link works (domain/account_management).
    int invitation_lifetime_days = 7;
};

// A Real Living Wage of £1 to £100 an hour (at /real_living_wage_pence), and an
// invitation that lasts 1 to 30 days (at /invitation_lifetime_days).
Violations check_real_living_wage(std::int64_t pence);
Violations check_invitation_lifetime(int days);

}  // namespace collabtender::domain
