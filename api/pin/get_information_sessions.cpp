#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/pin/pin_json.hpp"
#include "app/pin/read_information_sessions.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/information-sessions: seats taken and free, and
// for a provider its own booking of each, or null (app::read_information_sessions).
Response get_information_sessions(const Request& request, Context& context) {
    const auto listed =
        app::read_information_sessions(*context.db, context.principal, domain::TenderId{request.param("tender_id")});
    boost::json::array items;
    for (const auto& [session, own_booking] : listed.sessions) {
        auto item = session_json(session);
        if (listed.for_provider)
            item["my_booking"] = own_booking ? boost::json::value(booking_json(*own_booking)) : boost::json::value(nullptr);
        items.push_back(std::move(item));
    }
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
