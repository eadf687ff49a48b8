#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/pin/pin_json.hpp"

namespace collabtender::api {

// Sessions with seats taken and free: part of the public notice, no names. A
// signed-in provider also sees its own organisation's booking of each, or null.
Response get_information_sessions(const Request& request, Context& context) {
    boost::json::array items;
    context.db->transact([&](persistence::Tx& tx) {
        items.clear();
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        const bool provider = context.principal && context.principal->role == domain::Role::provider;
        for (const auto& session : persistence::list_information_sessions(tx, tender.id)) {
            auto item = session_json(session);
            if (provider) {
                const auto mine = persistence::list_bookings(tx, session.id, context.principal->organisation_id);
                item["my_booking"] = mine.empty() ? boost::json::value(nullptr) : boost::json::value(booking_json(mine.front()));
            }
            items.push_back(std::move(item));
        }
    });
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
