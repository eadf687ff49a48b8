#include "app/pin/book_seat.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/tenders/tender_access.hpp"

namespace collabtender::app {

persistence::BookingRecord book_seat(persistence::Connection& db, const domain::Principal& provider,
                                     const SessionRef& wanted, domain::TimePoint now) {
    std::optional<persistence::BookingRecord> booked;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, wanted.tender_id, provider);
        const auto session = session_of(tx, tender.id, wanted.session_id, true);
        domain::require_bookings_open(tender.status, session.details.starts_at, now);
        const auto seat = domain::seat_for_new_booking(session.details.capacity, session.confirmed);
        const auto id = persistence::insert_booking(tx, session.id, provider.organisation_id, provider.user_id, seat);
        booked = persistence::find_booking(tx, session.id, id);
        append_audit(tx, provider, now,
                     {tender.id, "booking.create", "booking", id, nullptr,
                      boost::json::object{{"session_id", session.id}, {"status", domain::to_string(seat)}}});
    });
    return std::move(*booked);
}

}  // namespace collabtender::app
