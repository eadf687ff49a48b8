#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/pin/pin_json.hpp"
#include "app/pin/read_bookings.hpp"

namespace collabtender::api {

// GET …/information-sessions/{session_id}/bookings: every booking for the owning
// body, a provider's own organisation's (app::read_bookings).
Response get_bookings(const Request& request, Context& context) {
    boost::json::array items;
    for (const auto& booking : app::read_bookings(
             *context.db, *context.principal,
             {domain::TenderId{request.param("tender_id")}, domain::InformationSessionId{request.param("session_id")}}))
        items.push_back(booking_json(booking));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
