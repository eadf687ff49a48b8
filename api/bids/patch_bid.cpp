#include "api/bids/bid_json.hpp"
#include "api/bids/commands.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"

namespace collabtender::api {

// PATCH /api/v1/bids/{bid_id}: changes merged into the draft (app::change_draft).
// If-Match carries the draft's version, so partners never overwrite each other.
Response patch_bid(const Request& request, Context& context) {
    const int expected = required_if_match(request);
    auto command = read_command<app::ChangeDraft>(request);
    command.bid_id = domain::BidId{request.param("bid_id")};
    command.expected_version = expected;
    const auto changed = app::change_draft(*context.db, *context.principal, command, context.now);
    auto response = json_response(200, bid_json(changed.bid, changed.submissions));
    response.headers.emplace_back("ETag", etag(changed.bid.bid.draft_version));
    return response;
}

}  // namespace collabtender::api
