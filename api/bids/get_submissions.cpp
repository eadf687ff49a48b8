#include <boost/json.hpp>

#include "api/bids/bid_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/bids/read_bids.hpp"

namespace collabtender::api {

// The bid's receipts, oldest first, for its consortium's members (app::read_submissions).
Response get_submissions(const Request& request, Context& context) {
    boost::json::array items;
    for (const auto& s : app::read_submissions(*context.db, *context.principal, domain::BidId{request.param("bid_id")}))
        items.push_back(receipt_json(s));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
