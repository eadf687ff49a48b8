#pragma once

#include <optional>
#include <string>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/evaluation_repository.hpp"

namespace collabtender::app {

// A submitted bid as its evaluator reads it: the standing submission of the
// stage, the partnership, and what it is scored against.
struct BidForScoring {
    domain::BidId bid_id;
    persistence::EvaluationAccess access;  // its submission is set
    persistence::ScoringFrame frame;
    bool commissioner = false;             // else a panellist seated on the lot's panel
};

// For the tender's commissioners and the panellists seated on the panel for the
// bid's lot (not_found for anyone else), once the stage (asked for, else the
// latest closed) is closed (sealed), a panellist once they have declared no
// conflict (declaration_required, conflicted). Three statements.
BidForScoring read_bid_for_scoring(persistence::Connection& db, const domain::Principal& reader,
                                   const domain::BidId& bid_id, std::optional<int> stage);

}  // namespace collabtender::app
