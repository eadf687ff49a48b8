#pragma once

// A challenge during standstill: it suspends a proposed award, which cannot be
// confirmed until the challenge is over and the award resumed.
#include <string>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"
#include "persistence/awards_repository.hpp"

namespace collabtender::app {

struct SuspendAward {
    domain::AwardId award_id;
    std::string reason;  // the challenge heard
};

// Suspends a proposed award; the lot's bidders hear. Returns the lot's decision.
// Refuses an award the caller may not manage (not_found, forbidden) and one not
// proposed (award_status).
persistence::AwardDecision suspend_award(persistence::Connection& db, const domain::Principal& commissioner,
                                         const SuspendAward& command, domain::TimePoint now);

// Puts a suspended award back to proposed, to be confirmed once the standstill
// has ended; the lot's bidders hear. Returns the lot's decision. Refuses an award
// the caller may not manage (not_found, forbidden) and one not suspended
// (award_status).
persistence::AwardDecision resume_award(persistence::Connection& db, const domain::Principal& commissioner,
                                        const domain::AwardId& award_id, domain::TimePoint now);

}  // namespace collabtender::app
