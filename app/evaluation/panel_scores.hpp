#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/evaluation/evaluation_access.hpp"
#include "domain/scoring.hpp"
#include "persistence/evaluation_repository.hpp"

namespace collabtender::app {

// Where a bid's scoring stands in a stage. Only submitted scoresheets of current,
// unconflicted panel members count: drafts, conflicted members and people no
// longer on the panel are left out of every figure.
struct BidScores {
    std::set<std::string> counted;   // panellists whose submitted scores count
    std::set<std::string> awaited;   // unconflicted members yet to submit
    std::set<std::string> conflicted;
    std::vector<persistence::ScoreRecord> scores;  // counted panellists' only
    std::vector<domain::Aggregate> aggregates;     // per criterion
    std::map<int, persistence::ConsensusRecord> consensus;
    bool ready_for_moderation = false;  // every unconflicted member has submitted, and at least one
    int flagged_unmoderated = 0;
    std::optional<std::int64_t> panel_hundredths;      // weighted score from the panel's means
    std::optional<std::int64_t> moderated_hundredths;  // from consensus scores, once every criterion has one
};

// From a bid's rows for the stage, the panel for its lot and the criteria it is
// scored on.
BidScores bid_scores(const std::optional<persistence::PanelRecord>& panel, const std::vector<domain::Criterion>& criteria,
                     int top_score, persistence::BidEvaluationRows rows);
// The same for a bid its evaluator opened, its rows read in one statement.
BidScores bid_scores(persistence::Tx& tx, const EvaluatedBid& bid);

}  // namespace collabtender::app
