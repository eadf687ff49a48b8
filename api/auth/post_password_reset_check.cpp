#include <boost/json.hpp>

#include "api/auth/commands.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/accounts/password_reset.hpp"

namespace collabtender::api {

// POST /api/v1/auth/password-reset/check {"token"} (app::read_password_reset):
// whose password a live reset link sets; the link stays unused.
Response post_password_reset_check(const Request& request, Context& context) {
    const auto [token] = read_command<app::LinkToken>(request);
    return json_response(200,
                         boost::json::object{{"email", app::read_password_reset(*context.db, token, context.now)}});
}

}  // namespace collabtender::api
