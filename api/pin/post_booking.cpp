#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/pin/pin_json.hpp"
#include "api/problem.hpp"

namespace collabtender::api {

// A provider's seat at an information session: confirmed while seats are free,
// otherwise a place on the waiting list. The session row is locked while the
// seat is decided, so capacity holds however many book at once.
Response post_booking(const Request& request, Context& context) {
    std::optional<persistence::BookingRecord> booking;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        const auto session = persistence::find_information_session(tx, tender.id, request.param("session_id"), true);
        if (!session) throw problems::not_found("No such information session.");
        if (!domain::bookings_open(tender.status, session->details.starts_at, context.now))
            throw Problem{409, "bookings-closed", "Bookings closed",
                          "This session can no longer be booked: it has started or the tender is not open."};
        const auto seat = domain::seat_for_new_booking(session->details.capacity, session->confirmed);
        const auto& p = *context.principal;
        const auto id = persistence::insert_booking(tx, session->id, p.organisation_id, p.user_id, seat);
        booking = persistence::find_booking(tx, session->id, id);
        audit(tx, context, {tender.id, "booking.create", "booking", id, nullptr,
                            boost::json::object{{"session_id", session->id}, {"status", domain::to_string(seat)}}});
    });
    auto response = json_response(201, booking_json(*booking));
    response.headers.emplace_back("Location", "/api/v1/tenders/" + request.param("tender_id") +
                                                  "/information-sessions/" + booking->session_id + "/bookings/" +
                                                  booking->id);
    return response;
}

}  // namespace collabtender::api
