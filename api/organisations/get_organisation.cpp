#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/organisations/organisation_json.hpp"
#include "app/organisations/read_organisation.hpp"

namespace collabtender::api {

// GET /api/v1/organisations/{organisation_id} (app::read_organisation).
Response get_organisation(const Request& request, Context& context) {
    const auto organisation = app::read_organisation(*context.db, *context.principal,
                                                     domain::OrganisationId{request.param("organisation_id")});
    return json_response(200, organisation_json(organisation));
}

}  // namespace collabtender::api
