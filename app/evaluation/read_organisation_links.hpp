#pragma once

#include <vector>

#include "domain/accounts.hpp"
#include "persistence/conflict_links_repository.hpp"

namespace collabtender::app {

// The panellist's own recorded links to organisations, registered here or not.
std::vector<persistence::OrganisationLink> read_organisation_links(persistence::Connection& db,
                                                                   const domain::Principal& panellist);

}  // namespace collabtender::app
