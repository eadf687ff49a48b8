#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/minimum_bids.hpp"
#include "domain/tender.hpp"

namespace collabtender::domain {

// The explicit actions that move a tender through its states:
//   draft --publish_pin--> pin_published --open_stage1--> stage1_open
//   --close_stage1--> stage1_evaluation --release_feedback--> stage2_open
//   --close_stage2--> stage2_evaluation
// and cancel (with a reason) from any state before awarded. The evaluation, award
// and standstill steps come with the evaluation rules.
enum class TenderAction { publish_pin, open_stage1, close_stage1, release_feedback, close_stage2, cancel };

std::string_view to_string(TenderAction action);
std::optional<TenderAction> parse_tender_action(std::string_view text);

// What the preconditions look at, gathered by the caller in the same transaction.
struct TenderFacts {
    TenderStatus status;
    bool has_pin_summary = false;
    int lots = 0;
    int criteria = 0;
    bool criteria_valid = false;  // weights sum to 100 with the price weight
    std::vector<int> lots_with_invalid_criteria;  // numbers of lots whose own criteria do not
    int gates = 0;
    Timetable timetable;
    TimePoint now;
    std::string cancel_reason;
    // Stage-1 evaluation, for releasing feedback: gates still waiting for the
    // commissioner, bids not yet scored by every unconflicted panellist, and
    // flagged criteria without a consensus score.
    int undecided_gates = 0;
    int unscored_bids = 0;
    int unmoderated_flags = 0;
    // Closing a stage: each lot's bids in it, against the tender's minimum.
    std::vector<LotBids> lot_bids;
    MinimumBids minimum_bids;
};

struct Transition {
    std::optional<TenderStatus> next;  // set when every precondition holds
    Violations unmet;                  // otherwise, each unmet precondition
};

Transition apply(TenderAction action, const TenderFacts& facts);

// Until stage 1 opens the commissioner may change anything; from then on criteria,
// weights, gates, lots and the tender's details are frozen (lot corrections go
// through a published clarification).
bool configuration_editable(TenderStatus status);
// Refuses (tender_frozen) a change to them once frozen.
void require_configuration_editable(TenderStatus status);

// Providers register interest, seek partners and form consortia from the PIN until
// the last stage closes.
bool participation_open(TenderStatus status);

}  // namespace collabtender::domain
