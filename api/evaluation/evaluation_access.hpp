#pragma once

#include <optional>
#include <string>
#include <vector>

#include "api/query.hpp"
#include "api/router.hpp"
#include "domain/criteria.hpp"
#include "domain/gates.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/consortia_repository.hpp"
#include "persistence/evaluation_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::api {

// A submitted bid as its evaluators reach it: the tender's commissioners, and the
// panellists who sit on the panel for its lot. Everyone else finds nothing (404).
// Evaluators see only a stage whose deadline has passed, and only the standing
// submission for it: never a draft.
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

// `stage` is the one asked for, else the latest closed. With `lock`, the bid row
// stays locked until the transaction ends, so evaluation steps on one bid are
// decided one at a time.
EvaluatedBid evaluated_bid(persistence::Tx& tx, const std::string& bid_id, const domain::Principal& principal,
                           std::optional<int> stage = std::nullopt, bool lock = false);

// The same for a caller whose access was checked otherwise (a bidder reading its
// own feedback): no evaluator rights follow from it. 404 without a submission.
EvaluatedBid opened_bid(persistence::Tx& tx, const std::string& bid_id, int stage);

// The stage asked for, else the latest closed: 409 sealed unless its deadline has
// passed and the stage is closed.
int opened_stage(const persistence::TenderRecord& tender, std::optional<int> asked);

// The position named by a path parameter ("0", "1", ...) among `count`: 404 otherwise.
int position_param(const std::string& text, std::size_t count, const char* what);

// Evaluation steps happen while the bid's stage is being evaluated: 409 otherwise.
void require_under_evaluation(const EvaluatedBid& bid);

// Panellists must declare before they see a bid's content: 409 until they have
// declared, 403 when they declared a conflict. Commissioners pass.
void require_unconflicted(persistence::Tx& tx, const EvaluatedBid& bid, const domain::Principal& principal);

// Scoring and moderation happen while the bid's stage is under evaluation, and
// only for bids no gate has excluded: 409 otherwise.
void require_scoring_open(persistence::Tx& tx, const EvaluatedBid& bid);

}  // namespace collabtender::api
