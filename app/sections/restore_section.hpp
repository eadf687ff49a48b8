#pragma once

#include <string>
#include <vector>

#include "app/sections/section_saves.hpp"
#include "domain/ids.hpp"
#include "persistence/bids_repository.hpp"

namespace collabtender::app {

struct RestoreSection {
    domain::BidId bid_id;
    std::string section;
    std::string version;             // as the path names it
    int expected_draft_version = 0;  // the draft's version (If-Match), as for any edit of it
};

// The bid after a restore, with its submissions, as the bid reads.
struct RestoredDraft {
    BidContext bid;
    std::vector<persistence::SubmissionRecord> submissions;
};

// Puts an earlier version's content back into the draft as a new version
// (history is never rewritten). Refuses a section the caller may not reach
// (not_found), a document's section (uploaded_section), an older draft (stale),
// a closed stage (submissions_closed, excluded), anyone but the section's owner or
// the lead (not_section_owner) and a version the section does not have (not_found).
RestoredDraft restore_section(persistence::Connection& db, const domain::Principal& writer,
                              const RestoreSection& command, domain::TimePoint now);

}  // namespace collabtender::app
