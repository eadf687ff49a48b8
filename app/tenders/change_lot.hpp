#pragma once

#include <string>

#include <boost/json/array.hpp>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/lot.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

struct ChangeLot {
    domain::TenderId tender_id;
    domain::LotId lot_id;
    int version = 0;  // the lot's version the commissioner saw (If-Match)
    domain::LotPatch changes;
    // What was wrong in the changes as sent (types, unknown fields): reported with
    // the lot's own rules once the change may be made.
    domain::Violations unreadable;
    boost::json::array fields;  // the names of the fields sent, for the audit trail
};

// A change to some of a lot's details before stage 1 opens (after, a published
// clarification corrects it). Refuses a tender the commissioner may not see or
// manage (not_found, forbidden), a lot not of it (not_found), a version no longer
// current (stale), a frozen tender (tender_frozen) and details that break the
// lot's rules (invalid).
persistence::LotRecord change_lot(persistence::Connection& db, const domain::Principal& commissioner,
                                  const ChangeLot& command, domain::TimePoint now);

}  // namespace collabtender::app
