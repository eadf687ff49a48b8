#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/pin/pin_json.hpp"
#include "app/pin/read_interests.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/interests: all registrations for the owning
// body, a provider's own otherwise (app::read_interests).
Response get_interests(const Request& request, Context& context) {
    boost::json::array items;
    for (const auto& interest :
         app::read_interests(*context.db, *context.principal, domain::TenderId{request.param("tender_id")}))
        items.push_back(interest_json(interest));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
