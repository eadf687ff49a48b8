#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/evaluation/evaluation_access.hpp"
#include "app/evaluation/panel_scores.hpp"
#include "domain/ids.hpp"

namespace collabtender::app {

// The stage-1 advice to a bidder per criterion: the commissioner's edit where
// there is one, else the advice of the panellists whose scores count, one line
// each ("- ..."), never their names.
std::vector<std::string> criterion_advice(const EvaluatedBid& bid, const BidScores& scores,
                                          const std::optional<persistence::FeedbackRecord>& stored);

// What the bidder reads on each response section in stage 2: the advice per
// criterion once feedback is released, else nothing (an empty vector).
std::vector<std::string> released_advice(persistence::Tx& tx, const domain::BidId& bid_id,
                                         const domain::TenderId& tender_id);

}  // namespace collabtender::app
