#include <boost/json.hpp>

#include "api/awards/award_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/awards/read_awards.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/awards: every lot's award decision, for the
// tender's commissioners (app::read_awards).
Response get_awards(const Request& request, Context& context) {
    boost::json::array items;
    for (const auto& decision :
         app::read_awards(*context.db, *context.principal, domain::TenderId{request.param("tender_id")}))
        items.push_back(award_decision_json(decision));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
