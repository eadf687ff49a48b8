#include <boost/json.hpp>

#include "api/auth/commands.hpp"
#include "api/credentials.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/accounts/sign_out.hpp"

namespace collabtender::api {

// POST /api/v1/auth/logout (app::sign_out): ends the session the request was
// made with (a bearer token, or a browser's cookie, which is cleared); with
// {"everywhere": true}, every session of the person.
Response post_logout(const Request& request, Context& context) {
    auto command = read_command<app::SignOut>(request, app::Need::optional);
    const auto header = request.header("authorization");
    const auto token = request_token(header, request.header("cookie"));
    if (!command.everywhere) command.token = *token;
    app::sign_out(*context.db, *context.principal, command, context.now);
    Response response{204, "", "", {}};
    if (!header) response.headers.emplace_back("Set-Cookie", session_cookie_header("", 0, false));
    return response;
}

}  // namespace collabtender::api
