#pragma once

#include <optional>
#include <string>

#include "app/evaluation/conflict_links.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"

namespace collabtender::app {

struct ClearConflictFlag {
    domain::BidId bid_id;
    domain::UserId user_id;  // the panellist whose pre-flag is cleared
    std::string reason;
};

// The tender's commissioner clears a panellist's pre-flagged conflict (the link
// is old, or not to this work), so they may declare none and score; audited.
// Returns the pre-flag as it now stands. Refuses as bid_for_flag does
// (not_found, forbidden) and a panellist with no link to the bid's partners (not_flagged).
std::optional<PreFlag> clear_conflict_flag(persistence::Connection& db, const domain::Principal& commissioner,
                                           const ClearConflictFlag& command, domain::TimePoint now);

}  // namespace collabtender::app
