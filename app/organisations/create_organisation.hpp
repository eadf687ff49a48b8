#pragma once

#include "domain/accounts.hpp"
#include "domain/time_point.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

// An admin registers an organisation (validated as the command was read),
// audited with its kind. Refuses nothing.
persistence::OrganisationRecord create_organisation(persistence::Connection& db, const domain::Principal& admin,
                                                    const domain::NewOrganisation& organisation, domain::TimePoint now);

}  // namespace collabtender::app
