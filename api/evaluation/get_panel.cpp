#include <boost/json.hpp>

#include "api/evaluation/conflict_links.hpp"
#include "api/evaluation/panel_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"

namespace collabtender::api {

// GET /api/v1/panels/{panel_id}: for the tender's commissioners and the panel's
// members. The commissioners also read each member's recorded links to
// organisations, to judge the conflicts the service cannot match to a bid.
Response get_panel(const Request& request, Context& context) {
    std::optional<persistence::PanelRecord> panel;
    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        auto visible = visible_panel(tx, request.param("panel_id"), *context.principal);
        panel = std::move(visible.panel);
        out = panel_json(*panel);
        if (!visible.commissioner) return;
        for (auto& member : out.at("members").as_array()) {
            auto& m = member.as_object();
            m["links"] = organisation_links_json(tx, std::string{m.at("user_id").as_string()});
        }
    });
    auto response = json_response(200, out);
    response.headers.emplace_back("ETag", etag(panel->version));
    return response;
}

}  // namespace collabtender::api
