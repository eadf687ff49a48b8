#pragma once

#include <string>

#include "app/consortia/membership.hpp"
#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"

namespace collabtender::app {

// The digest of the memorandum the member read, so an acknowledgement can never be
// taken for a later version.
struct AcknowledgeMou {
    domain::ConsortiumId consortium_id;
    std::string sha256;
};

// A member (lead or accepted) acknowledges the memorandum for its organisation.
// Refuses a consortium the caller does not see (not_found), the owning body
// (forbidden), a membership that may not change now (participation_closed,
// membership_locked) and a digest that is not the current memorandum's (invalid).
persistence::ConsortiumRecord acknowledge_mou(persistence::Connection& db, const domain::Principal& member,
                                              const AcknowledgeMou& command, domain::TimePoint now);

}  // namespace collabtender::app
