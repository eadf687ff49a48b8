#pragma once

#include <optional>
#include <string>
#include <vector>

#include "persistence/bids_repository.hpp"
#include "persistence/consortia_repository.hpp"
#include "persistence/evaluation_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

// One submitted bid in a panel's work for a stage, with where evaluation stands.
struct PanelBid {
    persistence::StandingBid bid;
    persistence::LotRecord lot;
    persistence::ConsortiumRecord consortium;
    std::vector<persistence::GateResultRecord> gates;
    persistence::BidEvaluationRows rows;  // scores and consensus only if asked for
};

// The lots a panel evaluates: its own lot, or every lot without a panel of its own.
std::vector<persistence::LotRecord> covered_lots(persistence::Tx& tx, const persistence::PanelRecord& panel);
// The same from its tender's panels and lots, read already.
std::vector<persistence::LotRecord> covered_lots(const persistence::PanelRecord& panel,
                                                 const std::vector<persistence::PanelRecord>& tender_panels,
                                                 const std::vector<persistence::LotRecord>& lots);

// The standing submissions of the stage in these lots of the panel, by lot then
// submission time, in four statements however many lots and bids.
std::vector<PanelBid> panel_bids(persistence::Tx& tx, const persistence::PanelRecord& panel,
                                 const std::vector<persistence::LotRecord>& lots, int stage, bool with_scores = false);

}  // namespace collabtender::app
