#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/organisations/commands.hpp"
#include "app/organisations/registrations.hpp"

namespace collabtender::api {

// POST /api/v1/registrations (app::register_provider): anyone registers a provider;
// the same answer whether or not an email goes out.
Response post_registration(const Request& request, Context& context) {
    const auto registration = read_command<domain::NewRegistration>(request);
    app::register_provider(*context.db, registration, context.now);
    return json_response(202, boost::json::object{{"detail",
                                                   "Check your email: we have sent a link to confirm your address. "
                                                   "Then an administrator checks the registration."}});
}

}  // namespace collabtender::api
