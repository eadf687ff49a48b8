#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/users/commands.hpp"
#include "app/accounts/name_signatory.hpp"

namespace collabtender::api {

// PATCH /api/v1/users/{user_id}: an admin names or removes a provider user as an
// authorised signatory of their organisation (app::name_signatory).
Response patch_user(const Request& request, Context& context) {
    auto command = read_command<app::NameSignatory>(request);
    command.user_id = domain::UserId{request.param("user_id")};
    const auto user = app::name_signatory(*context.db, *context.principal, command, context.now);
    return json_response(200, boost::json::object{{"id", user.id},
                                                  {"email", user.email},
                                                  {"display_name", user.display_name},
                                                  {"role", domain::to_string(user.role)},
                                                  {"organisation_id", user.organisation_id},
                                                  {"authorised_signatory", user.authorised_signatory}});
}

}  // namespace collabtender::api
