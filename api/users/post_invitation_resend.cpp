#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/users/account_json.hpp"
#include "app/accounts/invitations.hpp"

namespace collabtender::api {

// POST /api/v1/users/{user_id}/invitation (app::resend_invitation): a new link
// by email; the one sent before stops working.
Response post_invitation_resend(const Request& request, Context& context) {
    const auto account =
        app::resend_invitation(*context.db, *context.principal, domain::UserId{request.param("user_id")}, context.now);
    return json_response(200, account_json(account));
}

}  // namespace collabtender::api
