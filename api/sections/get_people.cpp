#include <boost/json.hpp>

#include "api/bids/bid_context.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "persistence/sections_repository.hpp"

namespace collabtender::api {

// GET /api/v1/bids/{bid_id}/people: everyone who may work on the bid (provider
// users of its accepted member organisations), so that members can assign
// sections, mention each other and name who signs. For members only.
Response get_people(const Request& request, Context& context) {
    boost::json::array items;
    context.db->transact([&](persistence::Tx& tx) {
        items.clear();
        const auto bid = member_bid(tx, request.param("bid_id"), *context.principal);
        for (const auto& p : persistence::consortium_people(tx, bid.consortium.id))
            items.push_back(boost::json::object{{"user_id", p.user_id},
                                                {"organisation_id", p.organisation_id},
                                                {"display_name", p.display_name},
                                                {"authorised_signatory", p.authorised_signatory}});
    });
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
