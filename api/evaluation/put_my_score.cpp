#include <boost/json.hpp>

#include "api/evaluation/commands.hpp"
#include "api/evaluation/scoresheet_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/evaluation/save_draft_score.hpp"

namespace collabtender::api {

// PUT /api/v1/bids/{bid_id}/my-scores/{criterion}: one criterion of the
// panellist's draft, {"score": 3 or null, "justification", "advice"}
// (app::save_draft_score).
Response put_my_score(const Request& request, Context& context) {
    auto command = read_command<app::SaveDraftScore>(request);
    command.bid_id = domain::BidId{request.param("bid_id")};
    command.criterion = request.param("criterion");
    return json_response(200, scoresheet_json(app::save_draft_score(*context.db, *context.principal, command,
                                                                    context.now)));
}

}  // namespace collabtender::api
