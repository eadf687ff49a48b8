#include "app/pin/cancel_booking.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

void cancel_booking(persistence::Connection& db, const domain::Principal& participant, const CancelBooking& command,
                    domain::TimePoint now) {
    db.transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, command.session.tender_id, participant);
        const auto scope = participation_scope(participant, tender);
        const auto session = session_of(tx, tender.id, command.session.session_id, true);
        const auto booking = persistence::find_booking(tx, session.id, command.booking_id);
        if (!booking || (scope && booking->organisation_id != *scope))
            throw domain::Refusal{domain::RefusalCode::not_found, "No such booking."};
        persistence::delete_booking(tx, booking->id);
        std::optional<std::string> promoted;
        if (booking->status == domain::SeatStatus::confirmed)
            promoted = persistence::promote_first_waiting(tx, session.id);
        // The freed seat's new holder, if any, changed too: named here.
        append_audit(tx, participant, now,
                     {tender.id, "booking.delete", "booking", booking->id,
                      boost::json::object{{"session_id", session.id},
                                          {"organisation_id", booking->organisation_id},
                                          {"status", domain::to_string(booking->status)}},
                      boost::json::object{
                          {"promoted_booking_id", promoted ? boost::json::value(*promoted) : nullptr}}});
    });
}

}  // namespace collabtender::app
