#include <boost/json.hpp>

#include "api/evaluation/commands.hpp"
#include "api/evaluation/feedback_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/evaluation/write_feedback.hpp"

namespace collabtender::api {

// PUT /api/v1/bids/{bid_id}/feedback: the commissioner's edit of a bidder's
// stage-1 feedback before release (app::write_feedback). Per-criterion advice not
// given stays the panel's own; the bidder reads it on the matching section in
// stage 2. Answers with the feedback as GET reads it.
Response put_feedback(const Request& request, Context& context) {
    auto command = read_command<app::WriteFeedback>(request);
    command.bid_id = domain::BidId{request.param("bid_id")};
    return json_response(200, feedback_json(app::write_feedback(*context.db, *context.principal, command, context.now)));
}

}  // namespace collabtender::api
