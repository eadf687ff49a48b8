#pragma once

#include <string>

#include "app/pin/information_session.hpp"
#include "domain/accounts.hpp"
#include "domain/time_point.hpp"

namespace collabtender::app {

// A provider's seat at an information session: confirmed while seats are free,
// otherwise a place on the waiting list. The session row is locked while the seat
// is decided, so capacity holds however many book at once. Refuses a tender the
// provider may not read or a session not of it (not_found), and a session that
// has started or a tender not open (bookings_closed).
persistence::BookingRecord book_seat(persistence::Connection& db, const domain::Principal& provider,
                                     const SessionRef& session, domain::TimePoint now);

}  // namespace collabtender::app
