#include <boost/json.hpp>

#include "api/evaluation/scoresheet_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/query.hpp"
#include "app/evaluation/read_my_scores.hpp"

namespace collabtender::api {

// GET /api/v1/bids/{bid_id}/my-scores[?stage=]: the panellist's own scoresheet (app::read_my_scores).
Response get_my_scores(const Request& request, Context& context) {
    const auto asked = stage_parameter(request);
    return json_response(200, scoresheet_json(app::read_my_scores(*context.db, *context.principal,
                                                                  domain::BidId{request.param("bid_id")}, asked)));
}

}  // namespace collabtender::api
