#include "api/consortia/commands.hpp"
#include "api/consortia/consortium_response.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"

namespace collabtender::api {

// POST /api/v1/consortia/{consortium_id}/invitation/{accept|decline}: the invited
// organisation's answer (app::answer_invitation); the consortium once accepted.
Response post_invitation_answer(const Request& request, Context& context) {
    const auto& answer = request.param("answer");
    if (answer != "accept" && answer != "decline") throw problems::not_found("Answer with accept or decline.");
    auto command = read_command<app::AnswerInvitation>(request, app::Need::optional);
    command.consortium_id = domain::ConsortiumId{request.param("consortium_id")};
    command.accept = answer == "accept";
    const auto joined =
        app::answer_invitation(*context.db, *context.principal, command, context.now);
    return joined ? consortium_response(*joined) : Response{204, "", "", {}};
}

}  // namespace collabtender::api
