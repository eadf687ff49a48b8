#include "api/consortia/commands.hpp"
#include "api/consortia/consortium_response.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"

namespace collabtender::api {

// PATCH /api/v1/consortia/{consortium_id}/members/{organisation_id}: the lead
// changes a member's role or share (app::change_member).
Response patch_member(const Request& request, Context& context) {
    auto command = read_command<app::ChangeMember>(request);
    command.consortium_id = domain::ConsortiumId{request.param("consortium_id")};
    command.organisation_id = domain::OrganisationId{request.param("organisation_id")};
    return consortium_response(
        app::change_member(*context.db, *context.principal, command, context.now));
}

}  // namespace collabtender::api
