#include "api/consortia/commands.hpp"
#include "api/consortia/consortium_response.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"

namespace collabtender::api {

// POST /api/v1/consortia/{consortium_id}/members: the lead invites another provider
// organisation (app::invite_member).
Response post_member(const Request& request, Context& context) {
    auto command = read_command<app::InviteMember>(request);
    command.consortium_id = domain::ConsortiumId{request.param("consortium_id")};
    return consortium_response(
        app::invite_member(*context.db, *context.principal, command, context.now), 201);
}

}  // namespace collabtender::api
