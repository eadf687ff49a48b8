#pragma once

// Stage-1 feedback to bidders: when the commissioner edits it and when bidders read it.
#include <cstddef>
#include <vector>

#include "domain/tender.hpp"
#include "domain/violation.hpp"

namespace collabtender::domain {

// A bidder reads its feedback once the commissioner has released it
// (feedback_not_released).
void require_feedback_released(bool released);

// The commissioner edits feedback during stage-1 evaluation, before it is
// released (feedback_closed).
void require_feedback_editable(TenderStatus status);

// A lot suggested to the bidder is one of the tender's (unknown_lot) that still
// takes bids (lot_cancelled), at /suggested_lot_id.
Violations check_suggested_lot(bool found, bool cancelled);
// Advice is given per criterion of the bid's lot (unknown_criterion at /advice).
Violations check_advised_criteria(const std::vector<int>& advised, std::size_t criteria);

}  // namespace collabtender::domain
