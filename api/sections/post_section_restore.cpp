#include <boost/json.hpp>

#include "api/bids/bid_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "app/sections/restore_section.hpp"

namespace collabtender::api {

// POST /api/v1/bids/{bid_id}/sections/{section}/history/{version}/restore: puts
// an earlier version's content back into the draft as a new version
// (app::restore_section). If-Match carries the draft's version, as for any edit;
// the answer is the bid.
Response post_section_restore(const Request& request, Context& context) {
    const int expected = required_if_match(request);
    const auto restored = app::restore_section(
        *context.db, *context.principal,
        {domain::BidId{request.param("bid_id")}, request.param("section"), request.param("version"), expected},
        context.now);
    auto response = json_response(200, bid_json(restored.bid, restored.submissions));
    response.headers.emplace_back("ETag", etag(restored.bid.bid.draft_version));
    return response;
}

}  // namespace collabtender::api
