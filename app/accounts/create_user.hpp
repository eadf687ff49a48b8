#pragma once

#include <optional>
#include <string>
#include <variant>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"
#include "persistence/database.hpp"

namespace collabtender::app {

// Creates a validated user in an existing organisation whose kind fits the role,
// with its audit event (user.create: the role and organisation, never the
// password) by `creator`; `collabtender admin create-user` has none, and the
// shell's own record is its audit.
// Returns the new id, or the violation that refused it. Shared by the HTTP API and
// the command line, so both apply the same rules.
std::variant<domain::UserId, domain::Violation> create_user(persistence::Connection& db,
                                                            const domain::OrganisationId& organisation_id,
                                                            const domain::NewUser& user,
                                                            const std::optional<domain::Principal>& creator,
                                                            domain::TimePoint now);

}  // namespace collabtender::app
