#pragma once

#include <optional>

#include "domain/tender.hpp"

namespace collabtender::domain {

// Who reaches a submitted bid as its evaluator, and when. Each refuses with a
// domain::Refusal.

// The tender's commissioners and the panellists seated on the panel for the
// bid's lot; to anyone else the bid does not exist (not_found).
void require_evaluator(bool manages_tender, bool seated);

// The stage evaluators open: the one asked for, else the latest closed; sealed
// unless its deadline has passed and the stage is closed.
int opened_stage(TenderStatus status, std::optional<int> asked);

// A panellist declares any conflict before seeing the bid (declaration_required),
// and never sees a bid they declared a conflict with (conflicted). `conflicted`:
// their declaration for the stage, none if not made. Commissioners pass.
void require_unconflicted(bool manages_tender, std::optional<bool> conflicted);

// Evaluation steps happen while the bid's stage is being evaluated (evaluation_closed).
void require_under_evaluation(TenderStatus status, int stage);

// Scoring and moderation: under evaluation, and only for bids no gate of the
// stage has excluded (bid_excluded).
void require_scoring_open(TenderStatus status, int stage, bool failed_gate);

// A panellist's submitted scoresheet no longer changes (scores_submitted).
void require_scoresheet_open(bool submitted);

}  // namespace collabtender::domain
