#pragma once

// A bid's stage-1 feedback as the commissioner edits it and the bidder reads it.
#include <optional>
#include <string>
#include <vector>

#include "app/evaluation/evaluation_access.hpp"
#include "app/evaluation/panel_scores.hpp"

namespace collabtender::app {

// The feedback on an opened stage-1 bid: the commissioner's stored edit if any,
// the advice per criterion (criterion_advice), the gate results with their
// reasons, the scores, the bid's lot, and whether feedback is released. Whether
// a bidder sees the scores is the release's to say.
struct Feedback {
    EvaluatedBid bid;
    BidScores scores;
    std::optional<persistence::FeedbackRecord> stored;
    std::vector<std::string> advice;  // per criterion
    std::vector<persistence::GateResultRecord> gates;
    persistence::LotRecord lot;
    std::optional<persistence::FeedbackRelease> release;
    bool for_bidder = false;
};
Feedback feedback_of(persistence::Tx& tx, EvaluatedBid bid, bool for_bidder,
                     std::optional<persistence::FeedbackRelease> release);

}  // namespace collabtender::app
