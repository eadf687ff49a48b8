#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

struct FindOrganisations {
    std::string text;                              // part of the name, 2 to 200 characters
    std::optional<domain::OrganisationKind> kind;  // none: either kind
};

struct OrganisationsFound {
    std::vector<persistence::OrganisationMatch> items;  // at most 20, by name
    bool more = false;
};

// For a consortium's lead to find whom to invite, and for a panellist to record
// their links: other organisations than the searcher's own whose names contain
// the text; for an admin inviting someone, any organisation. Refuses nothing.
OrganisationsFound find_organisations(persistence::Connection& db, const domain::Principal& searcher,
                                      const FindOrganisations& query);

}  // namespace collabtender::app
