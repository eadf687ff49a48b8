#pragma once

#include <map>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/conflict_links_repository.hpp"
#include "persistence/evaluation_repository.hpp"

namespace collabtender::app {

// A panel, for the tender's commissioners and the panel's members (not_found for
// anyone else). The commissioners also read each member's recorded links to
// organisations, to judge the conflicts the service cannot match to a bid.
struct PanelView {
    persistence::PanelRecord panel;
    bool commissioner = false;
    std::map<domain::UserId, std::vector<persistence::OrganisationLink>> links;  // by member; commissioners only
};
PanelView read_panel(persistence::Connection& db, const domain::Principal& reader, const domain::PanelId& panel_id);

}  // namespace collabtender::app
