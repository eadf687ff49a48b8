#include "api/bids/bid_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "app/bids/read_bids.hpp"

namespace collabtender::api {

// The draft, with its criteria, gates, word counts and receipts, for members only
// (app::read_bid).
Response get_bid(const Request& request, Context& context) {
    const auto read = app::read_bid(*context.db, *context.principal, domain::BidId{request.param("bid_id")});
    auto response = json_response(200, bid_json(read.bid, read.submissions));
    response.headers.emplace_back("ETag", etag(read.bid.bid.draft_version));
    return response;
}

}  // namespace collabtender::api
