#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/information_session.hpp"
#include "persistence/database.hpp"

namespace collabtender::persistence {

struct InformationSessionRecord {
    std::string id;
    std::string tender_id;
    domain::InformationSession details;
    int confirmed = 0;
    int waiting = 0;
};

struct BookingRecord {
    std::string id;
    std::string session_id;
    std::string organisation_id;
    std::string organisation_name;
    std::string user_id;
    domain::SeatStatus status;
    domain::TimePoint booked_at;
    int waiting_position = 0;  // 1 for the first in the queue; 0 when confirmed
};

struct InterestRecord {
    std::string lot_id;
    int lot_number;
    std::string organisation_id;
    std::string organisation_name;
    domain::TimePoint registered_at;
};

std::string insert_information_session(Tx& tx, const std::string& tender_id, const domain::InformationSession& s);
std::vector<InformationSessionRecord> list_information_sessions(Tx& tx, const std::string& tender_id);
// With `lock`, bookings for the session wait for this transaction: seats are
// counted and taken one decision at a time.
std::optional<InformationSessionRecord> find_information_session(Tx& tx, const std::string& tender_id,
                                                                  const std::string& session_id, bool lock = false);
void delete_information_session(Tx& tx, const std::string& session_id);

std::string insert_booking(Tx& tx, const std::string& session_id, const std::string& organisation_id,
                           const std::string& user_id, domain::SeatStatus status);
// Bookings in queue order; only one organisation's when `organisation_id` is set.
std::vector<BookingRecord> list_bookings(Tx& tx, const std::string& session_id,
                                         const std::optional<std::string>& organisation_id);
// The same for several sessions at once, in one statement.
std::vector<BookingRecord> list_bookings(Tx& tx, const std::vector<std::string>& session_ids,
                                         const std::optional<std::string>& organisation_id);
std::optional<BookingRecord> find_booking(Tx& tx, const std::string& session_id, const std::string& booking_id);
void delete_booking(Tx& tx, const std::string& booking_id);
// Gives a freed seat to the longest-waiting booking; returns its id.
std::optional<std::string> promote_first_waiting(Tx& tx, const std::string& session_id);

// Idempotent: registering twice leaves one registration. True when this call made it.
bool register_interest(Tx& tx, const std::string& lot_id, const std::string& organisation_id,
                       const std::string& user_id);
bool withdraw_interest(Tx& tx, const std::string& lot_id, const std::string& organisation_id);
std::vector<InterestRecord> list_interests(Tx& tx, const std::string& tender_id,
                                           const std::optional<std::string>& organisation_id);

}  // namespace collabtender::persistence
