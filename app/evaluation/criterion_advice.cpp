#include "app/evaluation/criterion_advice.hpp"

#include <boost/json.hpp>

#include "persistence/bids_repository.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::app {

std::vector<std::string> criterion_advice(const EvaluatedBid& bid, const BidScores& scores,
                                          const std::optional<persistence::FeedbackRecord>& stored) {
    const auto edited = persistence::parse_stored_json(stored ? stored->advice_json : "{}").as_object();
    std::vector<std::string> out;
    for (std::size_t i = 0; i < bid.criteria.size(); ++i) {
        if (const auto* text = edited.if_contains(std::to_string(i))) {
            out.emplace_back(text->as_string());
            continue;
        }
        std::string advice;
        for (const auto& s : scores.scores)
            if (s.criterion == static_cast<int>(i) && !s.score.advice.empty()) advice += "- " + s.score.advice + "\n";
        out.push_back(std::move(advice));
    }
    return out;
}

std::vector<std::string> released_advice(persistence::Tx& tx, const domain::BidId& bid_id,
                                         const domain::TenderId& tender_id) {
    if (!persistence::find_feedback_release(tx, tender_id) || !persistence::standing_submission(tx, bid_id, 1)) return {};
    const auto bid = opened_bid(tx, bid_id, 1);
    return criterion_advice(bid, bid_scores(tx, bid), persistence::find_feedback(tx, bid_id));
}

}  // namespace collabtender::app
