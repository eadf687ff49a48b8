#pragma once

#include <string>

#include "app/consortia/membership.hpp"
#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"

namespace collabtender::app {

struct AgreeMembershipChange {
    domain::ConsortiumId consortium_id;
    std::string reason;  // recorded: why the membership could change
};

// The owning body's commissioner agrees that a consortium that has submitted may
// change its membership; the change must then be made before its next submission,
// which locks the membership again. Refuses a consortium the caller does not see
// (not_found), its members (forbidden), before the stage-1 deadline (sealed) and a
// membership that is not locked (membership_not_locked).
persistence::ConsortiumRecord agree_membership_change(persistence::Connection& db, const domain::Principal& commissioner,
                                                      const AgreeMembershipChange& command, domain::TimePoint now);

}  // namespace collabtender::app
