#pragma once

#include <string>

#include "app/pin/information_session.hpp"
#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"

namespace collabtender::app {

struct CancelBooking {
    SessionRef session;
    domain::BookingId booking_id;
};

// Cancels a booking: a provider its own organisation's, the owning body any. A
// freed seat goes to the longest-waiting booking in the same transaction. Refuses
// a tender the caller may not read or a session not of it (not_found), anyone
// else on the tender (forbidden), and a booking not theirs to cancel (not_found).
void cancel_booking(persistence::Connection& db, const domain::Principal& participant, const CancelBooking& command,
                    domain::TimePoint now);

}  // namespace collabtender::app
