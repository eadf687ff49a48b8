#include <boost/json.hpp>

#include "api/clarifications/clarification_json.hpp"
#include "api/clarifications/commands.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/clarifications/ask_question.hpp"

namespace collabtender::api {

// POST /api/v1/tenders/{tender_id}/clarifications: a provider's question
// (app::ask_question).
Response post_clarification(const Request& request, Context& context) {
    auto command = read_command<app::AskQuestion>(request);
    command.tender_id = domain::TenderId{request.param("tender_id")};
    const auto asked = app::ask_question(*context.db, *context.principal, command, context.now);
    auto response = json_response(201, clarification_json(asked, domain::ClarificationView::asker));
    response.headers.emplace_back("Location",
                                  "/api/v1/tenders/" + asked.tender_id.str() + "/clarifications/" + asked.id.str());
    return response;
}

}  // namespace collabtender::api
