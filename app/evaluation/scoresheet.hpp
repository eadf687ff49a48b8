#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/scoring.hpp"
#include "domain/time_point.hpp"
#include "persistence/evaluation_repository.hpp"

namespace collabtender::app {

// A panellist's own scores for a bid and stage, one per criterion (empty where
// not yet scored), and when they were submitted (none while a draft).
struct Scoresheet {
    domain::BidId bid_id;
    int stage = 1;
    std::vector<domain::CriterionScore> criteria;
    std::optional<domain::TimePoint> submitted_at;
};

// The stage whose scoresheet the panellist may work on, from the bid's scoresheet
// context (none: no such bid). Refuses (domain::Refusal) whoever is not on the
// lot's panel (not_found), a bid without a standing submission (not_found), a
// commissioner (forbidden), a sealed or closed stage, a panellist who has not
// declared or declared a conflict, and a bid a gate excluded.
int scoring_stage(const std::optional<persistence::ScoresheetContext>& context, const domain::Principal& panellist);

// The panellist's scoresheet for the stage as the context read it.
Scoresheet scoresheet_of(const persistence::ScoresheetContext& context, const domain::BidId& bid_id, int stage);

}  // namespace collabtender::app
