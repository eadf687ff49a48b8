#pragma once

// Panellists' recorded links to organisations, and the commissioner's clearances
// of the conflicts they pre-flag.
#include <map>
#include <optional>
#include <string>
#include <utility>
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
// Several panellists' links, by user id, in one statement.
std::map<domain::UserId, std::vector<OrganisationLink>> organisation_links(Tx& tx,
                                                                       const std::vector<domain::UserId>& user_ids);
void replace_organisation_links(Tx& tx, const domain::UserId& user_id, const std::vector<OrganisationLink>& links);
// Whose pre-flags are read: a tender's bids and panellists, narrowed to one bid
// and or one panellist when given.
struct PreFlagScope {
    domain::TenderId tender_id;
    std::optional<domain::BidId> bid_id;
    std::optional<domain::UserId> user_id;
};
// A bid's id and a panellist's user id: what a pre-flag is about.
using BidPanellist = std::pair<domain::BidId, domain::UserId>;

// Panellists' links to accepted members of bids' partnerships (the pre-flags), in one statement.
std::map<BidPanellist, std::vector<OrganisationLink>> linked_partners(Tx& tx, const PreFlagScope& scope);

struct FlagClearance {
    std::string reason;
    domain::UserId cleared_by;
    domain::TimePoint cleared_at;
    std::optional<std::string> cleared_by_name;  // read: none once that account is gone
};
// The commissioner's clearances of pre-flags, in one statement.
std::map<BidPanellist, FlagClearance> flag_clearances(Tx& tx, const PreFlagScope& scope);
// One panellist's clearance on one bid of the tender, if there is one.
std::optional<FlagClearance> flag_clearance(Tx& tx, const domain::TenderId& tender_id, const domain::BidId& bid_id,
                                            const domain::UserId& user_id);
void clear_flag(Tx& tx, const domain::BidId& bid_id, const domain::UserId& user_id, const std::string& reason,
                const domain::UserId& cleared_by, domain::TimePoint now);
void withdraw_clearance(Tx& tx, const domain::BidId& bid_id, const domain::UserId& user_id);

}  // namespace collabtender::persistence
