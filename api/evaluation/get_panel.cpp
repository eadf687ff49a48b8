#include <boost/json.hpp>

#include "api/evaluation/panel_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"

namespace collabtender::api {

// GET /api/v1/panels/{panel_id}: for the tender's commissioners and the panel's members.
Response get_panel(const Request& request, Context& context) {
    std::optional<persistence::PanelRecord> panel;
    context.db->transact([&](persistence::Tx& tx) {
        panel = visible_panel(tx, request.param("panel_id"), *context.principal).panel;
    });
    auto response = json_response(200, panel_json(*panel));
    response.headers.emplace_back("ETag", etag(panel->version));
    return response;
}

}  // namespace collabtender::api
