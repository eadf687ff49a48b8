#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "app/accounts/email_change.hpp"

namespace collabtender::api {

// POST /api/v1/me/email {"new_email", "current_password"} (app::request_email_change):
// a link to confirm goes to the new address; the account keeps the old one until then.
Response post_email(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    app::FieldReader fields{body};
    app::ChangeEmail command;
    command.new_email = fields.required_string("new_email");
    command.current_password = fields.required_string("current_password");
    fields.finish();
    if (const auto paused = app::request_email_change(*context.db, *context.principal, command,
                                                      context.settings.login_throttle, context.now))
        throw problems::too_many_attempts(paused->retry_after_seconds);
    return json_response(202, boost::json::object{{"detail",
                                                   "We have sent a link to the new address. Open it within 24 hours "
                                                   "to start using that address; until then, keep using this one."}});
}

}  // namespace collabtender::api
