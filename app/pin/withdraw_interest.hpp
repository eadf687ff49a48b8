#pragma once

#include "app/pin/register_interest.hpp"

namespace collabtender::app {

// A provider withdraws its organisation's interest in a lot. Refuses a tender the
// provider may not read (not_found) and a lot it has not registered interest in
// (not_found).
void withdraw_interest(persistence::Connection& db, const domain::Principal& provider, const LotRef& lot,
                       domain::TimePoint now);

}  // namespace collabtender::app
