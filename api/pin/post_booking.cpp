#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/pin/pin_json.hpp"
#include "app/pin/book_seat.hpp"

namespace collabtender::api {

// POST …/information-sessions/{session_id}/bookings: a provider's seat, or a place
// on the waiting list (app::book_seat).
Response post_booking(const Request& request, Context& context) {
    const app::SessionRef session{domain::TenderId{request.param("tender_id")},
                                  domain::InformationSessionId{request.param("session_id")}};
    const auto booking = app::book_seat(*context.db, *context.principal, session, context.now);
    auto response = json_response(201, booking_json(booking));
    response.headers.emplace_back("Location", "/api/v1/tenders/" + session.tender_id.str() + "/information-sessions/" +
                                                  booking.session_id.str() + "/bookings/" + booking.id.str());
    return response;
}

}  // namespace collabtender::api
