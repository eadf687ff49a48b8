#pragma once

#include <string>

#include "app/sections/section_access.hpp"
#include "domain/ids.hpp"

namespace collabtender::app {

struct AssignSection {
    domain::BidId bid_id;
    std::string section;
    domain::SectionAssignment assignment;  // each part may be unset
};

// The lead assigns a section; its owning organisation may hand it on to another
// of its users. The new owner hears of it. Refuses a section the caller may not
// reach (not_found), a bid out of the tender (excluded), anyone else (forbidden)
// and owners or an approver who are not the consortium's (invalid). Returns the
// section as it now is.
SectionContext assign_section(persistence::Connection& db, const domain::Principal& member,
                              const AssignSection& command, domain::TimePoint now);

}  // namespace collabtender::app
