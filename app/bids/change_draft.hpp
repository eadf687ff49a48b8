#pragma once

#include <optional>
#include <string>

#include <boost/json/object.hpp>

#include "app/bids/read_bids.hpp"
#include "domain/ids.hpp"
#include "persistence/database.hpp"

namespace collabtender::app {

// A partial update of the draft, keyed by criterion and gate position; null
// removes an entry. Small enough to autosave: only what changed is sent.
struct ChangeDraft {
    domain::BidId bid_id;
    int expected_version = 0;                           // the draft's version (If-Match)
    std::optional<boost::json::object> responses;     // position -> text or null
    std::optional<boost::json::object> declarations;  // position -> object or null
};

// A member merges the changes into the draft; each changed section gets its next
// version and sign-offs of the draft as it was go void. Any member may edit, but
// a section with an owner only by that owner and the lead; If-Match stops
// partners overwriting each other. Refuses a bid the caller is not a member of
// (not_found), an older draft (stale), a closed stage (submissions_closed,
// excluded), positions the lot does not have or entries of the wrong type
// (invalid at /responses/{n} or /declarations/{n}), and a section owned by
// someone else (not_section_owner).
BidWithReceipts change_draft(persistence::Connection& db, const domain::Principal& member, const ChangeDraft& command,
                             domain::TimePoint now);

}  // namespace collabtender::app
