#pragma once

#include <string>

#include "app/consortia/membership.hpp"
#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"

namespace collabtender::app {

struct RemoveMember {
    domain::ConsortiumId consortium_id;
    domain::OrganisationId organisation_id;
};

// The lead removes a member or withdraws an invitation; a member may leave. Refuses
// a consortium the caller does not see (not_found), anyone else (forbidden), a
// membership that may not change now (participation_closed, membership_locked), an
// organisation not in it (not_found) and the lead itself (lead_stays).
void remove_member(persistence::Connection& db, const domain::Principal& principal, const RemoveMember& command,
                   domain::TimePoint now);

}  // namespace collabtender::app
