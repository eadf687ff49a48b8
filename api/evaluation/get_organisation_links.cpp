#include <boost/json.hpp>

#include "api/evaluation/conflict_links_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/evaluation/read_organisation_links.hpp"

namespace collabtender::api {

// GET /api/v1/me/organisation-links: the panellist's own recorded links (app::read_organisation_links).
Response get_organisation_links(const Request&, Context& context) {
    return json_response(200, boost::json::object{
                                  {"links", links_json(app::read_organisation_links(*context.db, *context.principal))}});
}

}  // namespace collabtender::api
