#pragma once

#include <optional>
#include <string>
#include <variant>

#include "domain/accounts.hpp"
#include "persistence/database.hpp"

namespace collabtender::api {

// Creates a validated user in an existing organisation whose kind fits the role.
// Returns the new id, or the violation that refused it. Shared by the HTTP API and
// `collabtender admin create-user`, so both apply the same rules.
std::variant<std::string, domain::Violation> create_user(persistence::Connection& db,
                                                         const std::string& organisation_id,
                                                         const domain::NewUser& user);

}  // namespace collabtender::api
