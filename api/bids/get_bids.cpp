#include <boost/json.hpp>

#include "api/bids/bid_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/bids/read_bids.hpp"

namespace collabtender::api {

// A consortium's bids, for its members only (app::read_bids).
Response get_bids(const Request& request, Context& context) {
    boost::json::array items;
    for (const auto& read :
         app::read_bids(*context.db, *context.principal, domain::ConsortiumId{request.param("consortium_id")}))
        items.push_back(bid_json(read.bid, read.submissions));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
