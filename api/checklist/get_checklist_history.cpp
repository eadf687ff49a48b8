#include <boost/json.hpp>

#include "api/checklist/checklist_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/checklist/read_checklist.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/checklist/history: every saved version, newest
// first (app::read_checklist_history).
Response get_checklist_history(const Request& request, Context& context) {
    boost::json::array items;
    for (const auto& version :
         app::read_checklist_history(*context.db, context.principal, domain::TenderId{request.param("tender_id")}))
        items.push_back(checklist_json(version));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
