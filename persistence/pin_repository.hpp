#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/ids.hpp"
#include "domain/information_session.hpp"
#include "persistence/database.hpp"

namespace collabtender::persistence {

struct InformationSessionRecord {
    domain::InformationSessionId id;
    domain::TenderId tender_id;
    domain::InformationSession details;
    int confirmed = 0;
    int waiting = 0;
};

struct BookingRecord {
    domain::BookingId id;
    domain::InformationSessionId session_id;
    domain::OrganisationId organisation_id;
    std::string organisation_name;
    domain::UserId user_id;
    domain::SeatStatus status;
    domain::TimePoint booked_at;
    int waiting_position = 0;  // 1 for the first in the queue; 0 when confirmed
};

struct InterestRecord {
    domain::LotId lot_id;
    int lot_number;
    domain::OrganisationId organisation_id;
    std::string organisation_name;
    domain::TimePoint registered_at;
};

domain::InformationSessionId insert_information_session(Tx& tx, const domain::TenderId& tender_id,
                                                        const domain::InformationSession& s);
std::vector<InformationSessionRecord> list_information_sessions(Tx& tx, const domain::TenderId& tender_id);
// With `lock`, bookings for the session wait for this transaction: seats are
// counted and taken one decision at a time.
std::optional<InformationSessionRecord> find_information_session(Tx& tx, const domain::TenderId& tender_id,
                                                                 const domain::InformationSessionId& session_id,
                                                                 bool lock = false);
void delete_information_session(Tx& tx, const domain::InformationSessionId& session_id);

domain::BookingId insert_booking(Tx& tx, const domain::InformationSessionId& session_id,
                                 const domain::OrganisationId& organisation_id, const domain::UserId& user_id,
                                 domain::SeatStatus status);
// Bookings in queue order; only one organisation's when `organisation_id` is set.
std::vector<BookingRecord> list_bookings(Tx& tx, const domain::InformationSessionId& session_id,
                                         const std::optional<domain::OrganisationId>& organisation_id);
// The same for several sessions at once, in one statement.
std::vector<BookingRecord> list_bookings(Tx& tx, const std::vector<domain::InformationSessionId>& session_ids,
                                         const std::optional<domain::OrganisationId>& organisation_id);
std::optional<BookingRecord> find_booking(Tx& tx, const domain::InformationSessionId& session_id,
                                          const domain::BookingId& booking_id);
void delete_booking(Tx& tx, const domain::BookingId& booking_id);
// Gives a freed seat to the longest-waiting booking; returns its id.
std::optional<domain::BookingId> promote_first_waiting(Tx& tx, const domain::InformationSessionId& session_id);

// Idempotent: registering twice leaves one registration. True when this call made it.
bool register_interest(Tx& tx, const domain::LotId& lot_id, const domain::OrganisationId& organisation_id,
                       const domain::UserId& user_id);
bool withdraw_interest(Tx& tx, const domain::LotId& lot_id, const domain::OrganisationId& organisation_id);
std::vector<InterestRecord> list_interests(Tx& tx, const domain::TenderId& tender_id,
                                           const std::optional<domain::OrganisationId>& organisation_id);

}  // namespace collabtender::persistence
