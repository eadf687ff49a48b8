#include <boost/json.hpp>

#include "api/auth/commands.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/organisations/registrations.hpp"

namespace collabtender::api {

// POST /api/v1/registrations/confirmation {"token"} (app::confirm_registration):
// the contact's address is confirmed; the registration waits for an admin.
Response post_registration_confirmation(const Request& request, Context& context) {
    const auto [token] = read_command<app::LinkToken>(request);
    const auto registration = app::confirm_registration(*context.db, token, context.now);
    return json_response(200, boost::json::object{{"name", registration.registration.organisation.name},
                                                  {"status", domain::to_string(registration.status)}});
}

}  // namespace collabtender::api
