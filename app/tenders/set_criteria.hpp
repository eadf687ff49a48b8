#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/tenders/read_criteria.hpp"
#include "domain/accounts.hpp"
#include "domain/criteria.hpp"
#include "domain/ids.hpp"

namespace collabtender::app {

struct SetCriteria {
    domain::TenderId tender_id;
    std::optional<domain::LotId> lot_id;  // a lot's own set; none: the tender's
    int version = 0;                    // the tender's version the commissioner saw (If-Match)
    std::vector<domain::Criterion> criteria;
    // What was wrong in the criteria as sent (types, unknown fields): reported with
    // the criteria's own rules once the change may be made.
    domain::Violations unreadable;
};

// Replaces a set of award criteria as a whole, since weights only make sense
// together: the tender's, or a lot's own (where an empty set returns the lot to
// the tender's). Part of the tender's configuration: takes and bumps its version.
// Refuses a tender the commissioner may not see or manage (not_found, forbidden),
// a lot not of it (not_found), a version no longer current (stale), a frozen
// tender (tender_frozen) and criteria that break their rules (invalid).
CriteriaSet set_criteria(persistence::Connection& db, const domain::Principal& commissioner,
                         const SetCriteria& command, domain::TimePoint now);

}  // namespace collabtender::app
