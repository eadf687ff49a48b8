#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/evaluation/conflict_links.hpp"
#include "app/evaluation/panel_bids.hpp"
#include "app/evaluation/panel_scores.hpp"
#include "domain/ids.hpp"

namespace collabtender::app {

// The submitted bids a panel evaluates in a stage. Its members see each
// consortium (to declare conflicts), their own pre-flag and progress;
// commissioners see where everyone's scoring stands and the pre-flags they have
// not yet cleared.
struct PanelBids {
    int stage = 1;
    bool commissioner = false;
    persistence::PanelRecord panel;
    struct Item {
        PanelBid bid;
        std::optional<BidScores> scores;  // commissioners only
        int pre_flags_uncleared = 0;      // commissioners only
        std::optional<PreFlag> my_pre_flag;  // the reading panellist's
    };
    std::vector<Item> items;
};

// `stage`: the one asked for, else the latest closed. Refuses whoever cannot see
// the panel (not_found) and a stage not yet closed (sealed).
PanelBids read_panel_bids(persistence::Connection& db, const domain::Principal& reader, const domain::PanelId& panel_id,
                          std::optional<int> stage);

}  // namespace collabtender::app
