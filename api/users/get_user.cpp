#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/users/account_json.hpp"
#include "app/accounts/accounts.hpp"

namespace collabtender::api {

// GET /api/v1/users/{user_id} (app::read_account): one account the caller manages.
Response get_user(const Request& request, Context& context) {
    return json_response(200, account_json(app::read_account(*context.db, *context.principal,
                                                             domain::UserId{request.param("user_id")})));
}

}  // namespace collabtender::api
