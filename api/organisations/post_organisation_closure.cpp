#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/organisations/commands.hpp"
#include "api/organisations/organisation_json.hpp"

namespace collabtender::api {

// POST /api/v1/organisations/{organisation_id}/closure {"reason", "merged_into"}
// (app::close_organisation): an admin closes an organisation, its people lose access.
Response post_organisation_closure(const Request& request, Context& context) {
    auto command = read_command<app::CloseOrganisation>(request);
    command.organisation_id = domain::OrganisationId{request.param("organisation_id")};
    return json_response(
        200, organisation_json(app::close_organisation(*context.db, *context.principal, command, context.now)));
}

}  // namespace collabtender::api
