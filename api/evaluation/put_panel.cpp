#include <boost/json.hpp>

#include "api/evaluation/commands.hpp"
#include "api/evaluation/panel_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "app/evaluation/change_panel.hpp"

namespace collabtender::api {

// PUT /api/v1/panels/{panel_id} with If-Match: renames the panel and replaces its
// members (app::change_panel). The lot a panel evaluates does not change.
Response put_panel(const Request& request, Context& context) {
    const int expected = required_if_match(request);
    auto command = read_command<app::ChangePanel>(request);
    command.panel_id = domain::PanelId{request.param("panel_id")};
    command.version = expected;
    const auto updated = app::change_panel(*context.db, *context.principal, command, context.now);
    auto response = json_response(200, panel_json(updated));
    response.headers.emplace_back("ETag", etag(updated.version));
    return response;
}

}  // namespace collabtender::api
