#pragma once

#include <optional>
#include <string>

#include "app/consortia/membership.hpp"
#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"
#include "domain/violation.hpp"

namespace collabtender::app {

// A patch of a member's terms: what is absent stays as it is.
struct ChangeMember {
    domain::ConsortiumId consortium_id;
    domain::OrganisationId organisation_id;
    std::optional<std::string> role;  // by name
    std::optional<int> share_bp;
    // What the body got wrong (types, unknown fields), reported with the terms' own
    // violations once the member is found.
    domain::Violations unreadable;
};

// The lead changes a member's role or share (its own share too); every member then
// acknowledges the memorandum again. Refuses a consortium the caller does not see
// (not_found) or does not lead (forbidden), a membership that may not change now
// (participation_closed, membership_locked), an organisation not in it (not_found)
// and terms that break the rules (invalid).
persistence::ConsortiumRecord change_member(persistence::Connection& db, const domain::Principal& lead,
                                            const ChangeMember& command, domain::TimePoint now);

}  // namespace collabtender::app
