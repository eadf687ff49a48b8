#include <boost/json.hpp>

#include "api/evaluation/conflict_links_json.hpp"
#include "api/evaluation/panel_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "app/evaluation/read_panel.hpp"

namespace collabtender::api {

// GET /api/v1/panels/{panel_id}: for the tender's commissioners, with each
// member's recorded links to organisations, and the panel's members (app::read_panel).
Response get_panel(const Request& request, Context& context) {
    const auto view = app::read_panel(*context.db, *context.principal, domain::PanelId{request.param("panel_id")});
    auto out = panel_json(view.panel);
    if (view.commissioner)
        for (auto& member : out.at("members").as_array()) {
            auto& m = member.as_object();
            m["links"] = links_json(view.links.at(domain::UserId{std::string{m.at("user_id").as_string()}}));
        }
    auto response = json_response(200, out);
    response.headers.emplace_back("ETag", etag(view.panel.version));
    return response;
}

}  // namespace collabtender::api
