#pragma once

#include <string>

#include "app/evaluation/scoresheet.hpp"
#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"

namespace collabtender::persistence {
class Connection;
}

namespace collabtender::app {

// "Submit my scores for this bid": every criterion needs a score and a
// justification (invalid lists each one missing); then the scoresheet locks and
// the panel's scores become visible to this panellist. Submitting again changes
// nothing. Refuses as scoring_stage() does. When this completes the panel's work
// for the stage (every bid it evaluates scored by every unconflicted member, bids
// a gate excluded aside), the tender's commissioners hear so, once.
Scoresheet submit_scoresheet(persistence::Connection& db, const domain::Principal& panellist,
                             const domain::BidId& bid_id, domain::TimePoint now);

}  // namespace collabtender::app
