#pragma once

// Conflicts pre-flagged from panellists' recorded links to organisations.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/evaluation/evaluation_access.hpp"
#include "domain/ids.hpp"
#include "persistence/conflict_links_repository.hpp"

namespace collabtender::app {

// A panellist's links to the partners of a bid, and the commissioner's clearance
// of them if any.
struct PreFlag {
    std::vector<persistence::OrganisationLink> links;
    std::optional<persistence::FlagClearance> clearance;
};
// The pre-flags in scope, by bid and panellist, in two statements; a panellist
// with no link to a bid's partners has none.
std::map<persistence::BidPanellist, PreFlag> pre_flags(persistence::Tx& tx, const persistence::PreFlagScope& scope);
// One bid's for one panellist, if any.
std::optional<PreFlag> pre_flag(persistence::Tx& tx, const domain::TenderId& tender_id, const domain::BidId& bid_id,
                                const domain::UserId& user_id);

// The bid (row-locked) and the member of its panel whose pre-flag the tender's
// commissioner decides on: forbidden to anyone else, not_found for someone not
// on the panel.
EvaluatedBid bid_for_flag(persistence::Tx& tx, const domain::BidId& bid_id, const domain::UserId& user_id,
                          const domain::Principal& commissioner);

}  // namespace collabtender::app
