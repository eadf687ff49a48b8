#include "api/bids/bid_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/bids/withdraw_submission.hpp"

namespace collabtender::api {

// POST /api/v1/bids/{bid_id}/withdrawal: the standing submission withdrawn
// (app::withdraw_submission).
Response post_withdrawal(const Request& request, Context& context) {
    return json_response(200,
                         receipt_json(app::withdraw_submission(*context.db, *context.principal,
                                                               domain::BidId{request.param("bid_id")}, context.now)));
}

}  // namespace collabtender::api
