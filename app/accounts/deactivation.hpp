#pragma once

// A person leaves: deactivated, every token of theirs stops working at once and
// they cannot sign in, while what they did stays in the record under their name.
#include <string>

#include "domain/time_point.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

// Deactivates the person and ends their sessions and links, audited with who and
// why. Refuses anyone the caller does not manage (not_found), the caller's own
// account or an empty reason (invalid, at /user_id or /reason). A person
// deactivated already stays as they are.
persistence::Account deactivate_person(persistence::Connection& db, const domain::Principal& manager,
                                       const domain::UserId& user_id, const std::string& reason, domain::TimePoint now);

// The person can sign in again with their password (their old sessions stay
// ended), audited with who and why; the same refusals, less the own account.
persistence::Account reactivate_person(persistence::Connection& db, const domain::Principal& manager,
                                       const domain::UserId& user_id, const std::string& reason, domain::TimePoint now);

}  // namespace collabtender::app
