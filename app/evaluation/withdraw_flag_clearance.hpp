#pragma once

#include <optional>
#include <string>

#include "app/evaluation/conflict_links.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"

namespace collabtender::app {

// The tender's commissioner withdraws a clearance made in error, while the
// panellist (`user_id`) has not yet answered the conflict question for the
// stage: after that, the scores would rest on it. The flag stands again;
// audited. Returns the pre-flag as it now stands. Refuses as bid_for_flag does
// (not_found, forbidden), no clearance (not_cleared) and a panellist who has
// answered (panellist_answered).
std::optional<PreFlag> withdraw_flag_clearance(persistence::Connection& db, const domain::Principal& commissioner,
                                               const domain::BidId& bid_id, const domain::UserId& user_id,
                                               domain::TimePoint now);

}  // namespace collabtender::app
