#include <boost/json.hpp>

#include "api/awards/award_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/awards/challenge.hpp"

namespace collabtender::api {

// POST /api/v1/awards/{award_id}/suspension: {"reason"}, the challenge heard
// during standstill (app::suspend_award).
Response post_award_suspension(const Request& request, Context& context) {
    const app::SuspendAward command{domain::AwardId{request.param("award_id")}, read_reason(request)};
    const auto decision = app::suspend_award(*context.db, *context.principal, command, context.now);
    return json_response(200, award_decision_json(decision));
}

// POST /api/v1/awards/{award_id}/resumption: the challenge is over (app::resume_award).
Response post_award_resumption(const Request& request, Context& context) {
    const auto decision =
        app::resume_award(*context.db, *context.principal, domain::AwardId{request.param("award_id")}, context.now);
    return json_response(200, award_decision_json(decision));
}

}  // namespace collabtender::api
