#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/bids/read_tender_bids.hpp"

namespace collabtender::api {

// Sealed bids: before a deadline the owning body learns only how many bids stand
// on each lot (app::count_bids).
Response get_bid_counts(const Request& request, Context& context) {
    boost::json::array items;
    for (const auto& c : app::count_bids(*context.db, context.principal, domain::TenderId{request.param("tender_id")}))
        items.push_back(boost::json::object{{"lot_id", c.lot_id}, {"bids", c.bids}});
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
