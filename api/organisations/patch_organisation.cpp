#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/organisations/organisation_json.hpp"
#include "app/organisations/organisation_details.hpp"

namespace collabtender::api {

// PATCH /api/v1/organisations/{organisation_id} (app::change_organisation): an
// admin, or an administrator of the organisation, changes its details.
Response patch_organisation(const Request& request, Context& context) {
    const app::ChangeOrganisation command{domain::OrganisationId{request.param("organisation_id")},
                                          parse_json_object(request)};
    return json_response(
        200, organisation_json(app::change_organisation(*context.db, *context.principal, command, context.now)));
}

}  // namespace collabtender::api
