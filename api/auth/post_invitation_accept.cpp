#include <boost/json.hpp>

#include "api/auth/commands.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/accounts/invitations.hpp"

namespace collabtender::api {

// POST /api/v1/auth/invitation/accept {"token", "password"}
// (app::accept_invitation): the invited person's first password. Answers the
// email to sign in with.
Response post_invitation_accept(const Request& request, Context& context) {
    const auto [token, password] = read_command<app::LinkPassword>(request);
    const auto account = app::accept_invitation(*context.db, token, password, context.now);
    return json_response(200, boost::json::object{{"email", account.user.email}});
}

}  // namespace collabtender::api
