#pragma once

#include <functional>
#include <optional>
#include <string>
#include <variant>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/database.hpp"

namespace collabtender::app {

// Creates a validated user in an existing organisation whose kind fits the role.
// Returns the new id, or the violation that refused it. Shared by the HTTP API and
// `collabtender admin create-user`, so both apply the same rules. `created` runs
// in the creating transaction with the new id, so the API's audit event lands
// with the user (the CLI has no request to audit).
using UserCreated = std::function<void(persistence::Tx&, const domain::UserId& user_id)>;
std::variant<domain::UserId, domain::Violation> create_user(persistence::Connection& db,
                                                            const domain::OrganisationId& organisation_id,
                                                            const domain::NewUser& user,
                                                            const UserCreated& created = {});

}  // namespace collabtender::app
