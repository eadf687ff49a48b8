#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "app/accounts/two_factor.hpp"

namespace collabtender::api {

// GET /api/v1/me/two-factor (app::read_two_factor): whether it is on, required,
// or waiting for the app's first code, and how many recovery codes are left.
Response get_two_factor(const Request&, Context& context) {
    const auto status = app::read_two_factor(*context.db, *context.principal);
    return json_response(200, boost::json::object{{"enabled", status.enabled},
                                                  {"enabled_at", nullable(status.enabled_at)},
                                                  {"required", status.required},
                                                  {"enrolling", status.enrolling},
                                                  {"recovery_codes_left", status.recovery_codes_left}});
}

}  // namespace collabtender::api
