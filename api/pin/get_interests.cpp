#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/pin/pin_json.hpp"

namespace collabtender::api {

// Registrations of interest: all of them for the owning body, a provider's own otherwise.
Response get_interests(const Request& request, Context& context) {
    std::vector<persistence::InterestRecord> interests;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        interests = persistence::list_interests(tx, tender.id, participation_scope(*context.principal, tender));
    });
    boost::json::array items;
    for (const auto& interest : interests) items.push_back(interest_json(interest));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
