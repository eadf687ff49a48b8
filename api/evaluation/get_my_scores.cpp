#include <boost/json.hpp>

#include "api/evaluation/scoresheet.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"

namespace collabtender::api {

// GET /api/v1/bids/{bid_id}/my-scores[?stage=]: the panellist's own scoresheet.
Response get_my_scores(const Request& request, Context& context) {
    const auto asked = stage_parameter(request);
    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto bid = evaluated_bid(tx, request.param("bid_id"), *context.principal, asked);
        require_unconflicted(tx, bid, *context.principal);
        out = scoresheet_json(tx, bid, context.principal->user_id);
    });
    return json_response(200, out);
}

}  // namespace collabtender::api
