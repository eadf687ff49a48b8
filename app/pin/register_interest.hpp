#pragma once

#include <string>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"
#include "persistence/database.hpp"

namespace collabtender::app {

// A lot as its path names it: /tenders/{tender_id}/lots/{lot_id}.
struct LotRef {
    domain::TenderId tender_id;
    domain::LotId lot_id;
};

// A provider registers its organisation's interest in a lot, so that it hears
// about the lot and can be found by partners; registering again changes nothing.
// Refuses a tender the provider may not read (not_found), one not open to
// providers (interest_closed) and a lot not of it (not_found).
void register_interest(persistence::Connection& db, const domain::Principal& provider, const LotRef& lot,
                       domain::TimePoint now);

}  // namespace collabtender::app
