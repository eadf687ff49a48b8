#pragma once

#include <string>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"
#include "persistence/database.hpp"

namespace collabtender::app {

// Takes the caller's organisation off a lot's partner register. Refuses a tender
// the caller may not read (not_found) and where it is not listed (not_found).
void withdraw_partner_listing(persistence::Connection& db, const domain::Principal& provider,
                              const domain::TenderId& tender_id, const domain::LotId& lot_id, domain::TimePoint now);

}  // namespace collabtender::app
