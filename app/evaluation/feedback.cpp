#include "app/evaluation/feedback.hpp"

#include "app/evaluation/criterion_advice.hpp"

namespace collabtender::app {

Feedback feedback_of(persistence::Tx& tx, EvaluatedBid bid, bool for_bidder,
                     std::optional<persistence::FeedbackRelease> release) {
    Feedback out{std::move(bid), {}, {}, {}, {}, {}, std::move(release), for_bidder};
    const auto& b = out.bid;
    out.scores = bid_scores(tx, b);
    out.stored = persistence::find_feedback(tx, b.bid.id);
    out.advice = criterion_advice(b, out.scores, out.stored);
    out.gates = persistence::gate_results(tx, b.bid.id, 1);
    out.lot = *persistence::find_lot(tx, b.tender.id, b.bid.lot_id);
    return out;
}

}  // namespace collabtender::app
