#include <boost/json.hpp>

#include "api/credentials.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "app/accounts/change_password.hpp"
#include "app/accounts/credentials.hpp"

namespace collabtender::api {

// POST /api/v1/me/password {"current_password", "new_password"}
// (app::change_password): this session stays signed in, every other one ends.
Response post_password(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    app::FieldReader fields{body};
    app::ChangePassword command;
    command.current_password = fields.required_string("current_password");
    command.new_password = fields.required_string("new_password");
    fields.finish();
    command.session =
        app::token_digest(request_token(request.header("authorization"), request.header("cookie")).value());
    if (const auto paused = app::change_password(*context.db, *context.principal, command,
                                                 context.settings.login_throttle, context.now))
        throw problems::too_many_attempts(paused->retry_after_seconds);
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
