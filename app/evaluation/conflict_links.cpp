#include "app/evaluation/conflict_links.hpp"

#include "domain/evaluation_access.hpp"
#include "domain/panel.hpp"

namespace collabtender::app {

std::map<persistence::BidPanellist, PreFlag> pre_flags(persistence::Tx& tx, const persistence::PreFlagScope& scope) {
    std::map<persistence::BidPanellist, PreFlag> out;
    for (auto& [key, links] : persistence::linked_partners(tx, scope)) out[key].links = std::move(links);
    if (out.empty()) return out;
    for (auto& [key, clearance] : persistence::flag_clearances(tx, scope))
        if (const auto flag = out.find(key); flag != out.end()) flag->second.clearance = std::move(clearance);
    return out;
}

std::optional<PreFlag> pre_flag(persistence::Tx& tx, const domain::TenderId& tender_id, const domain::BidId& bid_id,
                                const domain::UserId& user_id) {
    auto flags = pre_flags(tx, {tender_id, bid_id, user_id});
    if (flags.empty()) return std::nullopt;
    return std::move(flags.begin()->second);
}

EvaluatedBid bid_for_flag(persistence::Tx& tx, const domain::BidId& bid_id, const domain::UserId& user_id,
                          const domain::Principal& commissioner) {
    auto bid = evaluated_bid(tx, bid_id, commissioner, std::nullopt, true);
    domain::require_commissioner(bid.commissioner);
    domain::require_panel_member(bid.panel && bid.panel->member(user_id));
    return bid;
}

}  // namespace collabtender::app
