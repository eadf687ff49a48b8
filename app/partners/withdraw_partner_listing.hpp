#pragma once

#include <string>

#include "domain/accounts.hpp"
#include "domain/time_point.hpp"
#include "persistence/database.hpp"

namespace collabtender::app {

// Takes the caller's organisation off a lot's partner register. Refuses a tender
// the caller may not read (not_found) and where it is not listed (not_found).
void withdraw_partner_listing(persistence::Connection& db, const domain::Principal& provider,
                              const std::string& tender_id, const std::string& lot_id, domain::TimePoint now);

}  // namespace collabtender::app
