#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/bids/bid_context.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"

namespace collabtender::api {

// A consortium's bids, for its members only: the owning body sees no drafts, ever.
Response get_bids(const Request& request, Context& context) {
    boost::json::array items;
    context.db->transact([&](persistence::Tx& tx) {
        items.clear();
        const auto visible = visible_consortium(tx, request.param("consortium_id"), *context.principal);
        if (visible.role == ConsortiumRole::overseer) throw problems::not_found("No such consortium.");
        for (const auto& bid : persistence::list_bids(tx, visible.consortium.id)) {
            const auto c = member_bid(tx, bid.id, *context.principal);
            items.push_back(bid_json(c, persistence::list_submissions(tx, bid.id)));
        }
    });
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
