#pragma once

#include "domain/accounts.hpp"
#include "domain/time_point.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

// An admin (or, with none, the command line) registers an organisation, its
// register numbers as their registers print them, audited with its kind. Refuses
// what domain::validate finds (invalid).
persistence::OrganisationRecord create_organisation(persistence::Connection& db,
                                                    const std::optional<domain::Principal>& admin,
                                                    const domain::NewOrganisation& organisation, domain::TimePoint now);

}  // namespace collabtender::app
