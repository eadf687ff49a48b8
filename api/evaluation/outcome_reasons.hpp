#pragma once

#include <string>
#include <vector>

#include <boost/json.hpp>

#include "domain/outcome_reason.hpp"

namespace collabtender::api {

// A bid's reasons as answers carry them: `reasons`, the plain words, and
// `reason_details`, the same reasons in order as {code, text, ...facts}, for a
// client that words them its own way. The codes are stable: below_minimum,
// below_threshold, gate_failed, not_reconfirmed, no_revised_bid,
// awaiting_gate_decision, awaiting_scores, awaiting_moderation, ranked,
// commissioner_decision.
void put_reasons(boost::json::object& answer, const std::vector<domain::OutcomeReason>& reasons);

// The plain words alone (for CSV reports).
std::string reason_text(const domain::OutcomeReason& reason);

}  // namespace collabtender::api
