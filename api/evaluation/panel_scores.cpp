#include "api/evaluation/panel_scores.hpp"

#include <algorithm>

namespace collabtender::api {

int scale_min(const persistence::TenderRecord& tender) { return domain::scale_min(tender.details.scoring_scale); }

int scale_max(const persistence::TenderRecord& tender) { return domain::scale_max(tender.details.scoring_scale); }

BidScores bid_scores(persistence::Tx& tx, const EvaluatedBid& bid) {
    return bid_scores(bid.panel, bid.criteria, scale_max(bid.tender),
                      persistence::bid_evaluation_rows(tx, bid.bid.id, bid.stage));
}

}  // namespace collabtender::api
