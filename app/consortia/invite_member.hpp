#pragma once

#include <string>

#include "app/consortia/membership.hpp"
#include "domain/accounts.hpp"
#include "domain/consortium.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"

namespace collabtender::app {

struct InviteMember {
    domain::ConsortiumId consortium_id;
    domain::OrganisationId organisation_id;
    domain::MemberRole role = domain::MemberRole::partner;
    int share_bp = 0;
};

// The lead invites another provider organisation with a role and a share; it hears
// of it. Refuses a consortium the caller does not see (not_found) or does not lead
// (forbidden), a membership that may not change now (participation_closed,
// membership_locked), an organisation that is not a provider (invalid) and one
// already invited or in (already_in_consortium). A declined invitation may be renewed.
persistence::ConsortiumRecord invite_member(persistence::Connection& db, const domain::Principal& lead,
                                            const InviteMember& command, domain::TimePoint now);

}  // namespace collabtender::app
