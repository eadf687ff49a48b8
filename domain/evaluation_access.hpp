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

// Steps that are the commissioner's alone (judging a gate, editing feedback,
// clearing a pre-flag): forbidden to a panellist.
void require_commissioner(bool manages_tender);
// Conflicts are declared by panellists: forbidden to a commissioner.
void require_declarer(bool manages_tender);
// Consensus is recorded by a commissioner or the panel's chair (forbidden).
void require_moderator(bool manages_tender, bool chair);
// Moderation starts once every unconflicted panellist has submitted their scores
// (moderation_not_ready).
void require_moderation_ready(bool ready);
// Independence: a panellist sees the panel's scores once they have submitted
// their own (scores_hidden); commissioners always.
void require_scores_visible(bool manages_tender, bool submitted);

}  // namespace collabtender::domain
