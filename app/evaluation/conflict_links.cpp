#include "app/evaluation/conflict_links.hpp"

#include "domain/evaluation_access.hpp"
#include "domain/panel.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

std::optional<PreFlag> pre_flag(persistence::Tx& tx, const domain::BidId& bid_id, const domain::UserId& user_id) {
    auto links = persistence::linked_partners(tx, bid_id, user_id);
    if (links.empty()) return std::nullopt;
    PreFlag out{std::move(links), persistence::flag_clearance(tx, bid_id, user_id), std::nullopt};
    if (out.clearance)
        if (const auto by = persistence::find_user(tx, out.clearance->cleared_by)) out.cleared_by_name = by->display_name;
    return out;
}

EvaluatedBid bid_for_flag(persistence::Tx& tx, const domain::BidId& bid_id, const domain::UserId& user_id,
                          const domain::Principal& commissioner) {
    auto bid = evaluated_bid(tx, bid_id, commissioner, std::nullopt, true);
    domain::require_commissioner(bid.commissioner);
    domain::require_panel_member(bid.panel && bid.panel->member(user_id));
    return bid;
}

}  // namespace collabtender::app
