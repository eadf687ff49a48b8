#pragma once

#include <string>

#include "domain/login_throttle.hpp"
#include "domain/tender.hpp"
#include "domain/violation.hpp"

namespace collabtender::domain {

// An information session announced with the PIN: in a place, online, or both.
struct InformationSession {
    TimePoint starts_at;
    TimePoint ends_at;
    std::string place;
    std::string online_link;  // https:// only
    int capacity = 0;
};

Violations validate(const InformationSession& session, TimePoint now);

enum class SeatStatus { confirmed, waiting };
std::string_view to_string(SeatStatus status);

// A new booking takes a seat while any is free, otherwise joins the waiting list.
SeatStatus seat_for_new_booking(int capacity, int confirmed);

// Sessions are added until stage 1 closes: refuses (sessions_closed) after.
void require_sessions_open(TenderStatus status);

// Providers book while the tender is published and open, and before the session
// starts: refuses (bookings_closed) otherwise.
void require_bookings_open(TenderStatus status, TimePoint session_starts, TimePoint now);

}  // namespace collabtender::domain
