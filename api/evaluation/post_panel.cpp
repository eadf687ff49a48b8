#include <boost/json.hpp>

#include "api/evaluation/commands.hpp"
#include "api/evaluation/panel_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "app/evaluation/form_panel.hpp"

namespace collabtender::api {

// POST /api/v1/tenders/{tender_id}/panels: a panel for one lot, or (lot_id null)
// for every lot without its own (app::form_panel).
Response post_panel(const Request& request, Context& context) {
    auto command = read_command<app::FormPanel>(request);
    command.tender_id = domain::TenderId{request.param("tender_id")};
    const auto created = app::form_panel(*context.db, *context.principal, command, context.now);
    auto response = json_response(201, panel_json(created));
    response.headers.emplace_back("Location", "/api/v1/panels/" + created.id.str());
    response.headers.emplace_back("ETag", etag(created.version));
    return response;
}

}  // namespace collabtender::api
