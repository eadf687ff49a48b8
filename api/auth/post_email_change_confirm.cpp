#include <boost/json.hpp>

#include "api/auth/commands.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/accounts/email_change.hpp"

namespace collabtender::api {

// POST /api/v1/auth/email-change/confirm {"token"} (app::confirm_email_change):
// the link may be opened on any device, signed in or not.
Response post_email_change_confirm(const Request& request, Context& context) {
    const auto [token] = read_command<app::LinkToken>(request);
    return json_response(200,
                         boost::json::object{{"email", app::confirm_email_change(*context.db, token, context.now)}});
}

}  // namespace collabtender::api
