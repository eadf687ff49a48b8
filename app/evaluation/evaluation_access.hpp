#pragma once

// A submitted bid as its evaluators reach it, and the steps of evaluation it allows.
#include <optional>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/criteria.hpp"
#include "domain/gates.hpp"
#include "domain/ids.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/consortia_repository.hpp"
#include "persistence/evaluation_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

// A submitted bid as its evaluators reach it: the tender's commissioners, and the
// panellists who sit on the panel for its lot. Evaluators see only a stage whose
// deadline has passed, and only the standing submission for it: never a draft.
struct EvaluatedBid {
    persistence::BidRecord bid;
    persistence::ConsortiumRecord consortium;
    persistence::TenderRecord tender;
    std::optional<persistence::PanelRecord> panel;
    std::vector<domain::Criterion> criteria;
    std::vector<domain::Gate> gates;
    int stage = 1;
    persistence::SubmissionRecord submission;
    bool commissioner = false;  // else a panellist with a seat on `panel`
};

// `stage` is the one asked for, else the latest closed: not_found for anyone but
// its evaluators and without a standing submission, sealed before the stage
// closed. With `lock`, the bid row stays locked until the transaction ends, so
// evaluation steps on one bid are decided one at a time.
EvaluatedBid evaluated_bid(persistence::Tx& tx, const domain::BidId& bid_id, const domain::Principal& principal,
                           std::optional<int> stage = std::nullopt, bool lock = false);

// The same for a caller whose access was checked otherwise (a bidder reading its
// own feedback): no evaluator rights follow from it. not_found without a submission.
EvaluatedBid opened_bid(persistence::Tx& tx, const domain::BidId& bid_id, int stage);

// The position named by a path parameter ("0", "1", ...) among `count`:
// not_found ("The bid's lot has no such <what>.") otherwise.
int position_in_lot(const std::string& text, std::size_t count, const char* what);

// Evaluation steps happen while the bid's stage is being evaluated (evaluation_closed).
void require_under_evaluation(const EvaluatedBid& bid);

// Panellists declare before they see a bid's content (declaration_required),
// and do not see it after declaring a conflict (conflicted). Commissioners pass.
void require_unconflicted(persistence::Tx& tx, const EvaluatedBid& bid, const domain::Principal& principal);

// Scoring and moderation happen while the bid's stage is under evaluation, and
// only for bids no gate has excluded (evaluation_closed, bid_excluded).
void require_scoring_open(persistence::Tx& tx, const EvaluatedBid& bid);

}  // namespace collabtender::app
