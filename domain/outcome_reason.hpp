#pragma once

#include <string>
#include <variant>

#include "domain/login_throttle.hpp"  // TimePoint

namespace collabtender::domain {

// Why a bid stands where it does in a lot: out of the ranking, still waiting, or
// ranked and awarded or not. One kind per rule, with the facts a reader needs;
// the words are the API's (api/evaluation/outcome_reasons.cpp).

struct BelowMinimum {  // scored under a criterion's minimum score
    std::string criterion;
    std::string score;  // 2 decimals
    int minimum = 0;
};
struct BelowThreshold {  // weighted score under the tender's quality threshold
    std::string weighted_score;  // percent, 2 decimals
    int threshold = 0;
};
struct GateFailed {  // failed a minimum requirement
    int stage = 1;
    int gate = 0;       // the gate's position in the tender
    std::string kind;   // as domain::gate_kind
    std::string reason; // the gate's own plain words
};
struct NotReconfirmed {  // the tender changed after the bid was sent; nobody answered by the deadline
    int stage = 1;
    TimePoint changed_at;
};
struct NoRevisedBid {};          // took no part in stage 2
struct AwaitingGateDecision {};  // a minimum requirement needs the commissioner's judgement
struct AwaitingScores {};        // panellists have not all sent their scores
struct AwaitingModeration {};    // flagged scores have not been moderated
struct Ranked {
    int rank = 0;
    int of = 0;  // eligible bids
    int max_awards = 1;
};
struct CommissionerDecision {  // the award departs from the ranking
    std::string reason;
};

using OutcomeReason = std::variant<BelowMinimum, BelowThreshold, GateFailed, NotReconfirmed, NoRevisedBid,
                                   AwaitingGateDecision, AwaitingScores, AwaitingModeration, Ranked,
                                   CommissionerDecision>;

}  // namespace collabtender::domain
