#pragma once

#include <string>

#include "app/sections/section_access.hpp"
#include "domain/ids.hpp"

namespace collabtender::app {

struct MoveSection {
    domain::BidId bid_id;
    std::string section;
    domain::SectionStatus status = domain::SectionStatus::in_progress;
    std::string reason;  // for changes requested
};

// Asks for review, approves, requests changes (with a reason) or takes the
// section back into progress, as domain::check_transition allows each member;
// the reviewer hears when review is asked, the owner when changes are. Refuses a
// section the caller may not reach (not_found), a bid out of the tender
// (excluded), a move not the caller's now (section_transition) and a missing
// reason (invalid). Returns the section as it now is.
SectionContext move_section(persistence::Connection& db, const domain::Principal& member, const MoveSection& command,
                            domain::TimePoint now);

}  // namespace collabtender::app
