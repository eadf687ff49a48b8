#include "api/handlers.hpp"
#include "app/pin/cancel_booking.hpp"

namespace collabtender::api {

// DELETE …/information-sessions/{session_id}/bookings/{booking_id}: the seat goes
// to the longest-waiting booking (app::cancel_booking).
Response delete_booking(const Request& request, Context& context) {
    app::cancel_booking(
        *context.db, *context.principal,
        {{domain::TenderId{request.param("tender_id")}, domain::InformationSessionId{request.param("session_id")}},
         domain::BookingId{request.param("booking_id")}},
        context.now);
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
