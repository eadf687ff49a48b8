#pragma once

#include <string>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

// An organisation's record. Refuses another organisation's to anyone but an
// admin, and an organisation that does not exist, alike (not_found).
persistence::OrganisationRecord read_organisation(persistence::Connection& db, const domain::Principal& reader,
                                                  const domain::OrganisationId& organisation_id);

}  // namespace collabtender::app
