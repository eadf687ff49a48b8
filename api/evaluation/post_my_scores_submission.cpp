#include "api/evaluation/scoresheet_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/evaluation/submit_scoresheet.hpp"

namespace collabtender::api {

// POST /api/v1/bids/{bid_id}/my-scores/submission: app::submit_scoresheet.
Response post_my_scores_submission(const Request& request, Context& context) {
    return json_response(200,
                         scoresheet_json(app::submit_scoresheet(*context.db, *context.principal,
                                                                domain::BidId{request.param("bid_id")}, context.now)));
}

}  // namespace collabtender::api
