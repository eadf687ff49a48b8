#pragma once

#include <string>

#include <boost/json/array.hpp>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/tender.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

struct ChangeTender {
    domain::TenderId tender_id;
    int version = 0;  // the version the commissioner saw (If-Match)
    domain::TenderPatch changes;
    // What was wrong in the changes as sent (types, unknown fields): reported with
    // the tender's own rules once the change may be made.
    domain::Violations unreadable;
    boost::json::array fields;  // the names of the fields sent, for the audit trail
};

// A change to some of a tender's details before stage 1 opens. Refuses a tender
// the commissioner may not see or manage (not_found, forbidden), a version no
// longer current (stale), a frozen tender (tender_frozen) and details that
// break the tender's rules (invalid).
persistence::TenderRecord change_tender(persistence::Connection& db, const domain::Principal& commissioner,
                                        const ChangeTender& command, domain::TimePoint now);

}  // namespace collabtender::app
