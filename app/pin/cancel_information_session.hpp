#pragma once

#include <string>

#include "app/pin/information_session.hpp"
#include "domain/accounts.hpp"
#include "domain/time_point.hpp"

namespace collabtender::app {

// Cancels a session and its bookings. Refuses a tender the caller may not manage
// (not_found, forbidden) and a session not of it (not_found).
void cancel_information_session(persistence::Connection& db, const domain::Principal& commissioner,
                                const SessionRef& session, domain::TimePoint now);

}  // namespace collabtender::app
