#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/pin/pin_json.hpp"
#include "api/problem.hpp"

namespace collabtender::api {

// The owning body sees every booking; a provider sees its own organisation's.
Response get_bookings(const Request& request, Context& context) {
    std::vector<persistence::BookingRecord> bookings;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        const auto scope = participation_scope(*context.principal, tender);
        const auto session = persistence::find_information_session(tx, tender.id, request.param("session_id"));
        if (!session) throw problems::not_found("No such information session.");
        bookings = persistence::list_bookings(tx, session->id, scope);
    });
    boost::json::array items;
    for (const auto& booking : bookings) items.push_back(booking_json(booking));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
