#include <boost/json.hpp>

#include "api/awards/award_json.hpp"
#include "api/awards/commands.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"

namespace collabtender::api {

// POST /api/v1/lots/{lot_id}/award-decision: the lot's proposed awards, the
// ranking's or the commissioner's choice with a reason (app::propose_awards).
Response post_award_decision(const Request& request, Context& context) {
    auto command = read_command<app::ProposeAwards>(request, app::Need::optional);
    command.lot_id = domain::LotId{request.param("lot_id")};
    const auto decision = app::propose_awards(*context.db, *context.principal, command, context.now);
    return json_response(201, award_decision_json(decision));
}

}  // namespace collabtender::api
