#pragma once

#include <string>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"
#include "persistence/database.hpp"

namespace collabtender::app {

struct RemoveLot {
    domain::TenderId tender_id;
    domain::LotId lot_id;
    int version = 0;  // the lot's version the commissioner saw (If-Match)
};

// A lot removed, with its own criteria and gates, before stage 1 opens (after,
// it is cancelled instead). Refuses a tender the commissioner may not see or
// manage (not_found, forbidden), a lot not of it (not_found), a version no
// longer current (stale) and a frozen tender (tender_frozen).
void remove_lot(persistence::Connection& db, const domain::Principal& commissioner, const RemoveLot& command,
                domain::TimePoint now);

}  // namespace collabtender::app
