#include <boost/json.hpp>

#include "api/bids/bid_context.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"

namespace collabtender::api {

// The draft, with its criteria, gates, word counts and receipts, for members only.
Response get_bid(const Request& request, Context& context) {
    boost::json::object body;
    int version = 0;
    context.db->transact([&](persistence::Tx& tx) {
        const auto c = member_bid(tx, request.param("bid_id"), *context.principal);
        body = bid_json(c, persistence::list_submissions(tx, c.bid.id));
        version = c.bid.draft_version;
    });
    auto response = json_response(200, body);
    response.headers.emplace_back("ETag", etag(version));
    return response;
}

}  // namespace collabtender::api
