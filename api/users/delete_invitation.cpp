#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/users/account_json.hpp"
#include "app/accounts/invitations.hpp"

namespace collabtender::api {

// DELETE /api/v1/users/{user_id}/invitation (app::withdraw_invitation): the link
// stops working and the account is deactivated; inviting the address again
// takes it up.
Response delete_invitation(const Request& request, Context& context) {
    const auto account = app::withdraw_invitation(*context.db, *context.principal,
                                                  domain::UserId{request.param("user_id")}, context.now);
    return json_response(200, account_json(account));
}

}  // namespace collabtender::api
