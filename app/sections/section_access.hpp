#pragma once

// A bid's section as its consortium's members reach it, and who may change it.
#include <optional>
#include <string>

#include "app/bids/bid_context.hpp"
#include "domain/bid_section.hpp"
#include "domain/ids.hpp"
#include "persistence/sections_repository.hpp"

namespace collabtender::app {

// A bid's section as a member reaches it.
struct SectionContext {
    BidContext bid;
    domain::SectionKey key;
    persistence::SectionRecord record;  // defaults when the section has no row yet
    bool lead = false;                  // the caller belongs to the lead organisation
};

// Loads the bid as member_bid does and the named section of it: not_found for
// anyone else, as for the bid, and for a section not in the bid's lot (no
// criterion, gate or required document at that position).
SectionContext member_section(persistence::Tx& tx, const domain::BidId& bid_id, const std::string& section,
                              const domain::Principal& principal,
                              persistence::BidLock lock = persistence::BidLock::none);

// The section's assignment as its rules read it.
domain::SectionAssignment assignment_of(const persistence::SectionRecord& section);

// Before a section's content changes: a stage open for bids (submissions_closed,
// excluded), and the caller its owner or the lead (not_section_owner).
void require_section_editable(const SectionContext& section, const domain::Principal& principal, domain::TimePoint now);

// A provider user of an accepted member organisation (of `organisation`, when given).
bool member_user(persistence::Tx& tx, const BidContext& bid, const domain::UserId& user_id,
                 const std::optional<domain::OrganisationId>& organisation = std::nullopt);

}  // namespace collabtender::app
