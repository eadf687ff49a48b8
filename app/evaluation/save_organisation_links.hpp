#pragma once

#include <vector>

#include "domain/accounts.hpp"
#include "domain/time_point.hpp"
#include "persistence/conflict_links_repository.hpp"

namespace collabtender::app {

struct SaveOrganisationLinks {
    std::vector<persistence::OrganisationLink> links;
};

// Replaces the panellist's recorded links (each to a registered organisation by
// id, or to another by name); audited by their number. Bids with a linked
// partner are pre-flagged from then on; a link by name is for the commissioner to
// judge. Returns the links as stored. Refuses an id of no organisation here
// (invalid, at /links/i/organisation_id).
std::vector<persistence::OrganisationLink> save_organisation_links(persistence::Connection& db,
                                                                   const domain::Principal& panellist,
                                                                   const SaveOrganisationLinks& command,
                                                                   domain::TimePoint now);

}  // namespace collabtender::app
