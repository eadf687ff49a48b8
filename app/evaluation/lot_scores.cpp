#include "app/evaluation/lot_scores.hpp"

#include "persistence/bids_repository.hpp"

namespace collabtender::app {

LotScores lot_scores(persistence::Tx& tx, const domain::TenderId& tender_id, const domain::LotId& lot_id, int stage,
                     int top_score) {
    auto frame = std::move(persistence::lot_frames(tx, tender_id).at(lot_id));
    LotScores out{std::move(frame.criteria), std::move(frame.panel), {}};
    const auto names = persistence::bid_consortium_names(tx, lot_id);
    auto rows = persistence::lot_evaluation_rows(tx, lot_id, stage);
    for (const auto& bid : persistence::standing_bids(tx, tender_id, stage, lot_id))
        out.bids.push_back({bid.bid_id, names.at(bid.bid_id),
                            bid_scores(out.panel, out.criteria, top_score, std::move(rows[bid.bid_id]))});
    return out;
}

}  // namespace collabtender::app
