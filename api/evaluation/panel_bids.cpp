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

std::vector<PanelBid> panel_bids(persistence::Tx& tx, const persistence::PanelRecord& panel, int stage,
                                 bool with_scores) {
    std::map<std::string, persistence::ConsortiumRecord> consortia;
    for (auto& c : persistence::list_consortia(tx, panel.tender_id, std::nullopt)) consortia.emplace(c.id, std::move(c));
    std::vector<PanelBid> out;
    for (const auto& lot : covered_lots(tx, panel)) {
        auto gates = persistence::lot_gate_results(tx, lot.id, stage);
        auto rows = persistence::lot_evaluation_rows(tx, lot.id, stage, with_scores);
        for (auto& b : persistence::standing_bids(tx, panel.tender_id, stage, lot.id)) {
            const auto& consortium = consortia.at(b.consortium_id);
            auto& bid_gates = gates[b.bid_id];
            auto& bid_rows = rows[b.bid_id];
            out.push_back({std::move(b), lot, consortium, std::move(bid_gates), std::move(bid_rows)});
        }
    }
    return out;
}

}  // namespace collabtender::api
