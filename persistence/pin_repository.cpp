#include "persistence/pin_repository.hpp"

#include "persistence/accounts_repository.hpp"
#include "persistence/columns.hpp"
#include "persistence/fields.hpp"
#include "persistence/tx.hpp"
#include "persistence/sql/pin.hpp"

namespace collabtender::persistence {
namespace {

// A session_record (sql/040_statement_helpers.sql).
InformationSessionRecord session_from(const pqxx::row& r) {
    const RowFields f{r};
    return InformationSessionRecord{domain::InformationSessionId{f.text("id")}, domain::TenderId{f.text("tender_id")},
                                    domain::InformationSession{f.time("starts_at"), f.time("ends_at"), f.text("place"),
                                                               f.text("online_link"), f.integer("capacity")},
                                    f.integer("confirmed"), f.integer("waiting")};
}

// A booking_list row.
BookingRecord booking_from(const pqxx::row& r) {
    const RowFields f{r};
    return BookingRecord{
        r["id"].as<domain::BookingId>(),
        r["session_id"].as<domain::InformationSessionId>(),
        r["organisation_id"].as<domain::OrganisationId>(),
        f.text("organisation_name"),
        r["user_id"].as<domain::UserId>(),
        f.text("status") == "confirmed" ? domain::SeatStatus::confirmed : domain::SeatStatus::waiting,
        f.time("booked_at"),
        f.integer("waiting_position")};
}

}  // namespace

domain::InformationSessionId insert_information_session(Tx& tx, const domain::TenderId& tender_id,
                                                        const domain::InformationSession& s) {
    return tx
        .exec_prepared1(sql::info_session_insert, tender_id, micros(s.starts_at), micros(s.ends_at), s.place,
                        s.online_link, s.capacity)[0]
        .as<domain::InformationSessionId>();
}

std::vector<InformationSessionRecord> list_information_sessions(Tx& tx, const domain::TenderId& tender_id) {
    std::vector<InformationSessionRecord> out;
    for (const auto& row : tx.exec_prepared(sql::info_session_list, tender_id)) out.push_back(session_from(row));
    return out;
}

std::optional<InformationSessionRecord> find_information_session(Tx& tx, const domain::TenderId& tender_id,
                                                                 const domain::InformationSessionId& session_id,
                                                                 bool lock) {
    if (!is_uuid(session_id)) return std::nullopt;
    if (lock) tx.exec_prepared(sql::info_session_lock, tender_id, session_id);
    const auto rows = tx.exec_prepared(sql::info_session_by_id, tender_id, session_id);
    if (rows.empty()) return std::nullopt;
    return session_from(rows[0]);
}

void delete_information_session(Tx& tx, const domain::InformationSessionId& session_id) {
    tx.exec_prepared(sql::info_session_delete, session_id);
}

domain::BookingId insert_booking(Tx& tx, const domain::InformationSessionId& session_id,
                                 const domain::OrganisationId& organisation_id, const domain::UserId& user_id,
                                 domain::SeatStatus status) {
    return tx
        .exec_prepared1(sql::booking_insert, session_id, organisation_id, user_id,
                        std::string{domain::to_string(status)})[0]
        .as<domain::BookingId>();
}

std::vector<BookingRecord> list_bookings(Tx& tx, const domain::InformationSessionId& session_id,
                                         const std::optional<domain::OrganisationId>& organisation_id) {
    return list_bookings(tx, std::vector<domain::InformationSessionId>{session_id}, organisation_id);
}

std::vector<BookingRecord> list_bookings(Tx& tx, const std::vector<domain::InformationSessionId>& session_ids,
                                         const std::optional<domain::OrganisationId>& organisation_id) {
    const auto ids = id_list(session_ids);
    std::vector<BookingRecord> out;
    if (ids.empty()) return out;
    for (const auto& row : tx.exec_prepared(sql::booking_list, ids, organisation_id)) out.push_back(booking_from(row));
    return out;
}

std::optional<BookingRecord> find_booking(Tx& tx, const domain::InformationSessionId& session_id,
                                          const domain::BookingId& booking_id) {
    if (!is_uuid(booking_id)) return std::nullopt;
    for (auto& booking : list_bookings(tx, session_id, std::nullopt))
        if (booking.id == booking_id) return booking;
    return std::nullopt;
}

void delete_booking(Tx& tx, const domain::BookingId& booking_id) { tx.exec_prepared(sql::booking_delete, booking_id); }

std::optional<domain::BookingId> promote_first_waiting(Tx& tx, const domain::InformationSessionId& session_id) {
    const auto rows = tx.exec_prepared(sql::booking_promote, session_id);
    if (rows.empty()) return std::nullopt;
    return rows[0][0].as<domain::BookingId>();
}

bool register_interest(Tx& tx, const domain::LotId& lot_id, const domain::OrganisationId& organisation_id,
                       const domain::UserId& user_id) {
    return tx.exec_prepared(sql::interest_insert, lot_id, organisation_id, user_id).affected_rows() == 1;
}

bool withdraw_interest(Tx& tx, const domain::LotId& lot_id, const domain::OrganisationId& organisation_id) {
    return tx.exec_prepared(sql::interest_delete, lot_id, organisation_id).affected_rows() == 1;
}

std::vector<InterestRecord> list_interests(Tx& tx, const domain::TenderId& tender_id,
                                           const std::optional<domain::OrganisationId>& organisation_id) {
    std::vector<InterestRecord> out;
    for (const auto& r : tx.exec_prepared(sql::interest_list, tender_id, organisation_id)) {
        const RowFields f{r};
        out.push_back({r["lot_id"].as<domain::LotId>(), f.integer("lot_number"),
                       r["organisation_id"].as<domain::OrganisationId>(), f.text("organisation_name"),
                       f.time("registered_at")});
    }
    return out;
}

}  // namespace collabtender::persistence
