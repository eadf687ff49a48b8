#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/evaluation/conflict_links.hpp"
#include "app/evaluation/evaluation_access.hpp"
#include "app/evaluation/panel_scores.hpp"
#include "domain/ids.hpp"

namespace collabtender::app {

// The panel's submitted scores for a bid and where moderation stands, with the
// bid's lot. Commissioners also read every conflict declaration, each
// panellist's progress (criteria with a score saved, drafts included) and pre-flag.
struct BidScoresView {
    EvaluatedBid bid;
    BidScores scores;
    persistence::LotRecord lot;
    std::vector<persistence::ConflictDeclaration> declarations;  // commissioners only
    std::map<std::string, int> criteria_scored;                  // by panellist; commissioners only
    std::map<std::string, std::optional<PreFlag>> pre_flags;     // by panellist; commissioners only
};

// For the stage asked for, else the latest closed. Refuses as an evaluator's
// reading of the bid does (not_found, sealed, declaration_required, conflicted),
// and a panellist who has not submitted their own scores (scores_hidden).
BidScoresView read_bid_scores(persistence::Connection& db, const domain::Principal& reader, const domain::BidId& bid_id,
                              std::optional<int> stage);

}  // namespace collabtender::app
