#include "api/evaluation/panel_scores.hpp"

#include <algorithm>

namespace collabtender::api {

int scale_min(const persistence::TenderRecord& tender) { return domain::scale_min(tender.details.scoring_scale); }

int scale_max(const persistence::TenderRecord& tender) { return domain::scale_max(tender.details.scoring_scale); }

BidScores bid_scores(persistence::Tx& tx, const EvaluatedBid& bid) {
    persistence::BidEvaluationRows rows;
    rows.declarations = persistence::declarations(tx, bid.bid.id, bid.stage);
    rows.submissions = persistence::scoresheet_submissions(tx, bid.bid.id, bid.stage);
    rows.scores = persistence::scores(tx, bid.bid.id, bid.stage);
    rows.consensus = persistence::consensus(tx, bid.bid.id, bid.stage);
    return bid_scores(bid.panel, bid.criteria, scale_max(bid.tender), std::move(rows));
}

}  // namespace collabtender::api
