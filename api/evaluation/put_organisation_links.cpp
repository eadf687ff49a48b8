#include <boost/json.hpp>

#include "api/evaluation/commands.hpp"
#include "api/evaluation/conflict_links_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/evaluation/save_organisation_links.hpp"

namespace collabtender::api {

// PUT /api/v1/me/organisation-links {"links": [...]}: replaces them (app::save_organisation_links).
Response put_organisation_links(const Request& request, Context& context) {
    const auto command = read_command<app::SaveOrganisationLinks>(request);
    const auto saved = app::save_organisation_links(*context.db, *context.principal, command, context.now);
    return json_response(200, boost::json::object{{"links", links_json(saved)}});
}

}  // namespace collabtender::api
