#include <boost/json.hpp>

#include "api/clarifications/clarification_json.hpp"
#include "api/clarifications/commands.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/clarifications/answer_clarification.hpp"

namespace collabtender::api {

// POST /api/v1/tenders/{tender_id}/clarifications/{clarification_id}/answer: the
// commissioner's answer, private or published (app::answer_clarification).
Response post_clarification_answer(const Request& request, Context& context) {
    auto command = read_command<app::AnswerClarification>(request);
    command.tender_id = domain::TenderId{request.param("tender_id")};
    command.clarification_id = domain::ClarificationId{request.param("clarification_id")};
    return json_response(
        200, clarification_change_json(app::answer_clarification(*context.db, *context.principal, command, context.now)));
}

}  // namespace collabtender::api
