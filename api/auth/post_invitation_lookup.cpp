#include <boost/json.hpp>

#include "api/auth/commands.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "app/accounts/invitations.hpp"

namespace collabtender::api {

// POST /api/v1/auth/invitation {"token"} (app::read_invitation): whom a live
// invitation is for, so that the page greets them; the link stays unused.
Response post_invitation_lookup(const Request& request, Context& context) {
    const auto [token] = read_command<app::LinkToken>(request);
    const auto account = app::read_invitation(*context.db, token, context.now);
    return json_response(200, boost::json::object{{"email", account.user.email},
                                                  {"display_name", account.user.display_name},
                                                  {"role", domain::to_string(account.user.role)},
                                                  {"organisation_name", account.organisation_name},
                                                  {"expires_at", nullable(account.invitation_expires_at)}});
}

}  // namespace collabtender::api
