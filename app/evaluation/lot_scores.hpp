#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/evaluation/panel_scores.hpp"
#include "domain/ids.hpp"
#include "persistence/evaluation_repository.hpp"

namespace collabtender::app {

// A lot's bids with a standing submission in a stage, each as its panel scored
// it, in submission order; read in a fixed number of statements however many
// bids the lot has.
struct ScoredBid {
    domain::BidId bid_id;
    std::string consortium;  // the partnership's name
    BidScores scores;
};
struct LotScores {
    std::vector<domain::Criterion> criteria;
    std::optional<persistence::PanelRecord> panel;
    std::vector<ScoredBid> bids;
};
LotScores lot_scores(persistence::Tx& tx, const domain::TenderId& tender_id, const domain::LotId& lot_id, int stage,
                     int top_score);

}  // namespace collabtender::app
