#pragma once

#include <optional>
#include <string>

#include "app/evaluation/lot_ranking.hpp"
#include "app/evaluation/lot_scores.hpp"
#include "persistence/awards_repository.hpp"

namespace collabtender::app {

// Every submitted score of a lot's bids in a stage (the one asked, else the latest
// closed: domain::opened_stage), for the tender's commissioners: what the scores
// and variance reports list. Refuses whoever may not know of the lot (not_found)
// or does not manage it (forbidden), and a stage still sealed.
struct LotScoresReport {
    int stage = 1;
    LotScores lot;
};
LotScoresReport read_lot_scores(persistence::Connection& db, const domain::Principal& commissioner,
                                const domain::LotId& lot_id, std::optional<int> asked_stage);

// Where every bid of a lot ended after stage 2: ranked, out with reasons, or still
// pending, with the award decision if one was made. The same refusals, and a
// stage 2 not yet closed (not_ranked_yet).
struct LotOutcomes {
    RankedLot lot;
    std::optional<persistence::AwardDecision> decision;
    // The bid's award status, "not awarded" when the decision left it out, empty
    // before any decision.
    std::string award_of(const domain::BidId& bid_id) const;
};
LotOutcomes read_lot_outcomes(persistence::Connection& db, const domain::Principal& commissioner,
                              const domain::LotId& lot_id);

}  // namespace collabtender::app
