#include <boost/json.hpp>

#include "api/auth/commands.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/accounts/password_reset.hpp"

namespace collabtender::api {

// POST /api/v1/auth/password-reset/confirm {"token", "password"}
// (app::complete_password_reset): the token is the part of the emailed link after
// '#', which never reaches a server's log. Answers the email to sign in with.
Response post_password_reset_confirm(const Request& request, Context& context) {
    const auto [token, password] = read_command<app::LinkPassword>(request);
    const auto email = app::complete_password_reset(*context.db, token, password, context.now);
    return json_response(200, boost::json::object{{"email", email}});
}

}  // namespace collabtender::api
