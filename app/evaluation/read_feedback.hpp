#pragma once

#include <string>

#include "app/evaluation/feedback.hpp"
#include "domain/ids.hpp"

namespace collabtender::app {

// A bid's stage-1 feedback. The tender's commissioners read the draft; the
// bidder's members (a provider) read their own once it is released
// (feedback_not_released before), with the scores if the tender chose to show
// them. Refuses anyone else as an evaluator's or a member's reading of the bid
// does (not_found, forbidden to a panellist).
Feedback read_feedback(persistence::Connection& db, const domain::Principal& reader, const domain::BidId& bid_id);

}  // namespace collabtender::app
