#include <boost/json.hpp>

#include "api/evaluation/panel_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/evaluation/read_panels.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/panels: every panel for the tender's
// commissioners; for a panellist, only the panels they sit on (app::read_panels).
Response get_panels(const Request& request, Context& context) {
    boost::json::array items;
    for (const auto& panel :
         app::read_panels(*context.db, *context.principal, domain::TenderId{request.param("tender_id")}))
        items.push_back(panel_json(panel));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
