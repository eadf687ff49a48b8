#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/query.hpp"
#include "api/registrations/registration_json.hpp"
#include "app/organisations/registrations.hpp"

namespace collabtender::api {

// GET /api/v1/registrations?status= (app::find_registrations): for an admin, the
// registrations in a status (waiting unless asked), oldest first.
Response get_registrations(const Request& request, Context& context) {
    const auto parameters = query_parameters(request, {"status"});
    auto status = domain::RegistrationStatus::waiting;
    if (const auto given = parameters.find("status"); given != parameters.end()) {
        const auto parsed = domain::parse_registration_status(given->second);
        if (!parsed) throw bad_parameter("status", "must be unconfirmed, waiting, approved or refused");
        status = *parsed;
    }
    boost::json::array items;
    for (const auto& registration : app::find_registrations(*context.db, status))
        items.push_back(registration_json(registration));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
