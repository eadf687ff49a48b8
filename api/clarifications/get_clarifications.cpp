#include <boost/json.hpp>

#include "api/clarifications/clarification_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/clarifications/read_clarifications.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/clarifications: what the reader may see of each
// (app::read_clarifications).
Response get_clarifications(const Request& request, Context& context) {
    boost::json::array items;
    for (const auto& seen :
         app::read_clarifications(*context.db, context.principal, domain::TenderId{request.param("tender_id")}))
        items.push_back(clarification_json(seen.clarification, seen.view));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
