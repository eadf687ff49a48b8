#pragma once

#include <string>
#include <vector>

#include "app/pin/information_session.hpp"
#include "domain/accounts.hpp"

namespace collabtender::app {

// A session's bookings in queue order: every organisation's for the owning body,
// a provider's own organisation's. Refuses a tender the reader may not read or a
// session not of it (not_found), and anyone else on the tender (forbidden).
std::vector<persistence::BookingRecord> read_bookings(persistence::Connection& db, const domain::Principal& reader,
                                                      const SessionRef& session);

}  // namespace collabtender::app
