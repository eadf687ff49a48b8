#pragma once

#include <optional>
#include <string>

#include "app/consortia/membership.hpp"
#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"

namespace collabtender::app {

struct AnswerInvitation {
    domain::ConsortiumId consortium_id;
    bool accept = false;
    // The terms the invitation showed, when the answer names them: an empty role or
    // no share names nothing.
    std::string shown_role;
    std::optional<int> shown_share_bp;
};

// The invited organisation's answer; nothing is joined without acceptance. The lead
// hears of it. Returns the consortium as it now stands once accepted; nothing when
// declined. Refuses where the caller's organisation has no open invitation
// (not_found), a membership that may not change now (participation_closed,
// membership_locked) and terms the lead has changed since they were shown
// (invitation_changed).
std::optional<persistence::ConsortiumRecord> answer_invitation(persistence::Connection& db,
                                                               const domain::Principal& invited,
                                                               const AnswerInvitation& command, domain::TimePoint now);

}  // namespace collabtender::app
