#pragma once

#include <functional>
#include <string>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"
#include "persistence/awards_repository.hpp"

namespace collabtender::app {

struct ConfirmAward {
    domain::AwardId award_id;
    persistence::Contract contract;
};

// After the standstill the commissioner confirms an award and records its
// contract; once every lot is decided and every award confirmed, the tender is
// awarded, and once the lot's last award is confirmed its bidders hear. The time
// is read from `clock` after the award is locked. Returns the lot's decision.
// Refuses an award the caller may not manage (not_found, forbidden), one
// suspended or already confirmed (award_status) and one whose standstill has not
// ended (standstill).
persistence::AwardDecision confirm_award(persistence::Connection& db, const domain::Principal& commissioner,
                                         const ConfirmAward& command, const std::function<domain::TimePoint()>& clock);

}  // namespace collabtender::app
