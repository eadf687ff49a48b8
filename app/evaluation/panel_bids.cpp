#include "app/evaluation/panel_bids.hpp"

#include <map>

#include "domain/panel.hpp"
#include "persistence/bids_repository.hpp"

namespace collabtender::app {

std::vector<persistence::LotRecord> covered_lots(persistence::Tx& tx, const persistence::PanelRecord& panel) {
    return covered_lots(panel, persistence::list_panels(tx, panel.tender_id), persistence::list_lots(tx, panel.tender_id));
}

std::vector<persistence::LotRecord> covered_lots(const persistence::PanelRecord& panel,
                                                 const std::vector<persistence::PanelRecord>& tender_panels,
                                                 const std::vector<persistence::LotRecord>& lots) {
    std::vector<persistence::LotRecord> out;
    std::vector<domain::PanelScope> panels;
    for (const auto& p : tender_panels) panels.push_back({p.id, p.lot_id});
    for (const auto& lot : lots)
        if (domain::panel_for_lot(panels, lot.id) == panel.id) out.push_back(lot);
    return out;
}

std::vector<PanelBid> panel_bids(persistence::Tx& tx, const persistence::PanelRecord& panel,
                                 const std::vector<persistence::LotRecord>& lots, int stage, bool with_scores) {
    std::map<std::string, persistence::ConsortiumRecord> consortia;
    for (auto& c : persistence::list_consortia(tx, panel.tender_id, std::nullopt)) consortia.emplace(c.id, std::move(c));
    auto standing = persistence::standing_bids(tx, panel.tender_id, stage);
    auto gates = persistence::tender_gate_results(tx, panel.tender_id, stage);
    auto rows = persistence::panel_evaluation_rows(tx, panel.id, stage, with_scores);
    std::vector<PanelBid> out;
    for (const auto& lot : lots)
        for (auto& b : standing)
            if (b.lot_id == lot.id) {
                const auto& consortium = consortia.at(b.consortium_id);
                auto& bid_gates = gates[b.bid_id];
                auto& bid_rows = rows[b.bid_id];
                out.push_back({std::move(b), lot, consortium, std::move(bid_gates), std::move(bid_rows)});
            }
    return out;
}

}  // namespace collabtender::app
