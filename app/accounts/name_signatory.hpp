#pragma once

#include <string>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

struct NameSignatory {
    domain::UserId user_id;
    bool authorised_signatory = false;
};

// An admin names or removes a provider user as an authorised signatory of their
// organisation, audited with the change. Refuses a user who does not exist
// (not_found) and naming anyone but provider staff (invalid, at
// /authorised_signatory). Returns the user as changed.
persistence::UserRecord name_signatory(persistence::Connection& db, const domain::Principal& admin,
                                       const NameSignatory& command, domain::TimePoint now);

}  // namespace collabtender::app
