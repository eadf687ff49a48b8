#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/tenders/read_gates.hpp"
#include "domain/accounts.hpp"
#include "domain/gates.hpp"
#include "domain/ids.hpp"

namespace collabtender::app {

struct SetGates {
    domain::TenderId tender_id;
    int version = 0;  // the tender's version the commissioner saw (If-Match)
    // One entry per gate as sent, empty where it could not be read, so that
    // indexes match the request's.
    std::vector<std::optional<domain::Gate>> gates;
    // What was wrong in the gates as sent: reported with the gates' lots once the
    // change may be made.
    domain::Violations unreadable;
};

// Replaces the tender's minimum-requirement gates as a set; a gate with a lot_id
// applies to that lot only. Takes and bumps the tender's version. Refuses a
// tender the commissioner may not see or manage (not_found, forbidden), a version
// no longer current (stale), a frozen tender (tender_frozen) and gates that are
// unreadable or name a lot not of the tender (invalid).
GateSet set_gates(persistence::Connection& db, const domain::Principal& commissioner, const SetGates& command,
                  domain::TimePoint now);

}  // namespace collabtender::app
