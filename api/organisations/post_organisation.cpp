#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/organisations/commands.hpp"
#include "api/organisations/organisation_json.hpp"
#include "app/organisations/create_organisation.hpp"

namespace collabtender::api {

// POST /api/v1/organisations: an admin registers an organisation (app::create_organisation).
Response post_organisation(const Request& request, Context& context) {
    const auto organisation = read_command<domain::NewOrganisation>(request);
    const auto created = app::create_organisation(*context.db, *context.principal, organisation, context.now);
    auto response = json_response(201, organisation_json(created));
    response.headers.emplace_back("Location", "/api/v1/organisations/" + created.id.str());
    return response;
}

}  // namespace collabtender::api
