#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "persistence/bids_repository.hpp"

namespace collabtender::api {

// Sealed bids: before a deadline the owning body learns only how many bids stand
// on each lot, never who made them or what they say.
Response get_bid_counts(const Request& request, Context& context) {
    std::vector<persistence::LotBidCount> counts;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        if (!may_manage_tender(context.principal, tender)) throw problems::forbidden();
        counts = persistence::bid_counts(tx, tender.id);
    });
    boost::json::array items;
    for (const auto& c : counts) items.push_back(boost::json::object{{"lot_id", c.lot_id}, {"bids", c.bids}});
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
