#pragma once

// Panellists' recorded links to organisations, and the commissioner's clearances
// of the conflicts they pre-flag.
#include <optional>
#include <string>
#include <vector>

#include "domain/ids.hpp"
#include "domain/login_throttle.hpp"
#include "persistence/database.hpp"

namespace collabtender::persistence {

// A link to a registered organisation (its id; the name is read), or by name to
// one not registered here: those pre-flag nothing, the commissioner judges them.
struct OrganisationLink {
    std::optional<domain::OrganisationId> organisation_id;
    std::string organisation_name;
    std::string kind;  // of link: employer, volunteer, ...
    std::optional<std::string> note;
    std::optional<std::string> organisation_kind;  // read: provider or commissioning_body, if registered
};

std::vector<OrganisationLink> organisation_links(Tx& tx, const domain::UserId& user_id);
void replace_organisation_links(Tx& tx, const domain::UserId& user_id, const std::vector<OrganisationLink>& links);
// The panellist's links to accepted members of the bid's partnership: the pre-flag.
std::vector<OrganisationLink> linked_partners(Tx& tx, const domain::BidId& bid_id, const domain::UserId& user_id);

struct FlagClearance {
    std::string reason;
    domain::UserId cleared_by;
    domain::TimePoint cleared_at;
};
std::optional<FlagClearance> flag_clearance(Tx& tx, const domain::BidId& bid_id, const domain::UserId& user_id);
void clear_flag(Tx& tx, const domain::BidId& bid_id, const domain::UserId& user_id, const std::string& reason,
                const domain::UserId& cleared_by, domain::TimePoint now);
void withdraw_clearance(Tx& tx, const domain::BidId& bid_id, const domain::UserId& user_id);
// How many of the panel's members are pre-flagged for the bid and not yet cleared:
// the decisions waiting for the commissioner.
int uncleared_flags(Tx& tx, const domain::BidId& bid_id, const domain::PanelId& panel_id);

}  // namespace collabtender::persistence
