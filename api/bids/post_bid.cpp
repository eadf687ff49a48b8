#include "api/bids/bid_json.hpp"
#include "api/bids/commands.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "app/bids/start_bid.hpp"

namespace collabtender::api {

// POST /api/v1/consortia/{consortium_id}/bids: the lead starts the consortium's
// bid for a lot (app::start_bid).
Response post_bid(const Request& request, Context& context) {
    auto command = read_command<app::StartBid>(request);
    command.consortium_id = domain::ConsortiumId{request.param("consortium_id")};
    const auto created = app::start_bid(*context.db, *context.principal, command, context.now);
    auto response = json_response(201, bid_json(created, {}));
    response.headers.emplace_back("Location", "/api/v1/bids/" + created.bid.id.str());
    response.headers.emplace_back("ETag", etag(created.bid.draft_version));
    return response;
}

}  // namespace collabtender::api
