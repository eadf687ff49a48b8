#pragma once

// Conflicts pre-flagged from panellists' recorded links to organisations.
#include <optional>
#include <string>
#include <vector>

#include "app/evaluation/evaluation_access.hpp"
#include "domain/ids.hpp"
#include "persistence/conflict_links_repository.hpp"

namespace collabtender::app {

// A panellist's links to the partners of a bid, and the commissioner's clearance
// of them if any, with the name of who cleared them (none if that account is gone).
struct PreFlag {
    std::vector<persistence::OrganisationLink> links;
    std::optional<persistence::FlagClearance> clearance;
    std::optional<std::string> cleared_by_name;
};
// None when the panellist has no link to the bid's partners.
std::optional<PreFlag> pre_flag(persistence::Tx& tx, const domain::BidId& bid_id, const domain::UserId& user_id);

// The bid (row-locked) and the member of its panel whose pre-flag the tender's
// commissioner decides on: forbidden to anyone else, not_found for someone not
// on the panel.
EvaluatedBid bid_for_flag(persistence::Tx& tx, const domain::BidId& bid_id, const domain::UserId& user_id,
                          const domain::Principal& commissioner);

}  // namespace collabtender::app
