#include <boost/json.hpp>

#include "api/evaluation/scoresheet.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/evaluation/save_draft_score.hpp"

namespace collabtender::api {

// PUT /api/v1/bids/{bid_id}/my-scores/{criterion}: one criterion of the
// panellist's draft, {"score": 3 or null, "justification", "advice"}
// (app::save_draft_score).
Response put_my_score(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    app::SaveDraftScore command{request.param("bid_id"), request.param("criterion"), {}};
    fields.nullable_integer("score", command.score.score);
    fields.text("justification", command.score.justification, Need::optional);
    fields.text("advice", command.score.advice, Need::optional);
    fields.finish();
    return json_response(200, scoresheet_json(app::save_draft_score(*context.db, *context.principal, command,
                                                                    context.now)));
}

}  // namespace collabtender::api
