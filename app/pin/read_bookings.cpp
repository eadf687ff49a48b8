#include "app/pin/read_bookings.hpp"

#include "app/tenders/tender_access.hpp"

namespace collabtender::app {

std::vector<persistence::BookingRecord> read_bookings(persistence::Connection& db, const domain::Principal& reader,
                                                      const SessionRef& session) {
    std::vector<persistence::BookingRecord> bookings;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, session.tender_id, reader);
        const auto scope = participation_scope(reader, tender);
        bookings = persistence::list_bookings(tx, session_of(tx, tender.id, session.session_id).id, scope);
    });
    return bookings;
}

}  // namespace collabtender::app
