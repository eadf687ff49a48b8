#include <boost/json.hpp>

#include "api/evaluation/feedback_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/evaluation/read_feedback.hpp"

namespace collabtender::api {

// GET /api/v1/bids/{bid_id}/feedback: stage-1 feedback (app::read_feedback,
// feedback_json): the commissioners' draft, or the bidder's own once released.
Response get_feedback(const Request& request, Context& context) {
    return json_response(200, feedback_json(app::read_feedback(*context.db, *context.principal,
                                                               domain::BidId{request.param("bid_id")})));
}

}  // namespace collabtender::api
