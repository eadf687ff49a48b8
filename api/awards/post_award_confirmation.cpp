#include <boost/json.hpp>

#include "api/awards/award_json.hpp"
#include "api/awards/commands.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"

namespace collabtender::api {

// POST /api/v1/awards/{award_id}/confirmation: after the standstill, the award
// and its contract (app::confirm_award).
Response post_award_confirmation(const Request& request, Context& context) {
    auto command = read_command<app::ConfirmAward>(request);
    command.award_id = domain::AwardId{request.param("award_id")};
    const auto decision = app::confirm_award(*context.db, *context.principal, command, context.clock);
    return json_response(200, award_decision_json(decision));
}

}  // namespace collabtender::api
