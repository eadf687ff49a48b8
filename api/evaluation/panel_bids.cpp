#include "api/evaluation/panel_bids.hpp"

#include <algorithm>
#include <map>

#include "persistence/bids_repository.hpp"

namespace collabtender::api {

std::vector<persistence::LotRecord> covered_lots(persistence::Tx& tx, const persistence::PanelRecord& panel) {
    std::vector<persistence::LotRecord> out;
    const auto panels = persistence::list_panels(tx, panel.tender_id);
    for (auto& lot : persistence::list_lots(tx, panel.tender_id)) {
        const bool own_panel = std::any_of(panels.begin(), panels.end(), [&](const auto& p) { return p.lot_id == lot.id; });
        if (panel.lot_id ? *panel.lot_id == lot.id : !own_panel) out.push_back(std::move(lot));
    }
    return out;
}

std::vector<PanelBid> panel_bids(persistence::Tx& tx, const persistence::PanelRecord& panel, int stage) {
    std::map<std::string, persistence::LotRecord> lots;
    for (auto& lot : covered_lots(tx, panel)) lots.emplace(lot.id, std::move(lot));
    std::vector<PanelBid> out;
    for (const auto& submission : persistence::standing_submissions(tx, panel.tender_id, stage)) {
        auto bid = persistence::find_bid(tx, submission.bid_id);
        const auto lot = lots.find(bid->lot_id);
        if (lot == lots.end()) continue;
        out.push_back({*bid, lot->second, *persistence::find_consortium(tx, bid->consortium_id),
                       persistence::gate_results(tx, bid->id, stage), persistence::declarations(tx, bid->id, stage),
                       persistence::scoresheet_submissions(tx, bid->id, stage)});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.lot.details.number < b.lot.details.number; });
    return out;
}

}  // namespace collabtender::api
