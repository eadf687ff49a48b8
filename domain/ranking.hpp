#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/criteria.hpp"
#include "domain/ids.hpp"
#include "domain/outcome_reason.hpp"

namespace collabtender::domain {

// A bid that reached the end of scoring: per criterion the score that counts, as
// `sums[i] / count` (a consensus score c is entered as c × count), so panel means
// stay exact.
struct Candidate {
    BidId bid_id;
    std::vector<std::int64_t> sums;
    std::int64_t count = 1;
    std::optional<int> tie_position;  // the commissioner's recorded order among tied bids
};

enum class TieBreak { none, highest_weighted_criterion, commissioner_decision, unresolved };
std::string_view to_string(TieBreak tie_break);

struct RankedBid {
    BidId bid_id;
    int rank = 0;                 // 1 is best; bids whose tie is unresolved share a rank
    std::int64_t hundredths = 0;  // weighted score, percent, rounded half up
    TieBreak tie_break = TieBreak::none;  // what separated it from the bid ranked next above or below
};

struct OutOfRanking {
    BidId bid_id;
    std::vector<OutcomeReason> reasons;
};

struct Ranking {
    std::vector<RankedBid> ranked;
    std::vector<OutOfRanking> out;  // below a criterion's minimum or the quality threshold
};

// Orders the candidates by weighted score, exactly (not the rounded figure).
// Ties are broken by the higher score on the highest-weighted criterion (the
// first such criterion when weights are equal), then by the commissioner's
// recorded order; bids still level share a rank and are marked unresolved.
// A bid below a criterion's minimum score or the quality threshold (percent of
// the maximum) is out, with each reason.
Ranking rank(const std::vector<Candidate>& candidates, const std::vector<Criterion>& criteria, int scale_max,
             std::optional<int> quality_threshold);

}  // namespace collabtender::domain
