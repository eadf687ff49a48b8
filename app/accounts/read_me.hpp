#pragma once

#include <optional>

#include "domain/accounts.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

struct Me {
    persistence::UserRecord user;
    persistence::OrganisationRecord organisation;
    bool two_factor_required = false;  // for their role, by the installation's setting
};

// The signed-in person and their organisation, and whether they must use
// two-factor sign-in; none when the account has gone since the session was checked.
std::optional<Me> read_me(persistence::Connection& db, const domain::Principal& me);

}  // namespace collabtender::app
