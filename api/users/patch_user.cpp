#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/users/account_json.hpp"
#include "api/users/commands.hpp"

namespace collabtender::api {

// PATCH /api/v1/users/{user_id}: a manager names or removes an authorised
// signatory, or an administrator of the person's organisation (app::change_person).
Response patch_user(const Request& request, Context& context) {
    auto command = read_command<app::ChangePerson>(request);
    command.user_id = domain::UserId{request.param("user_id")};
    return json_response(200, account_json(app::change_person(*context.db, *context.principal, command, context.now)));
}

}  // namespace collabtender::api
