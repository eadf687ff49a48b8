#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/problem.hpp"
#include "api/tenders/commands.hpp"
#include "api/tenders/tender_json.hpp"
#include "app/tenders/take_tender_step.hpp"

namespace collabtender::api {

// POST /api/v1/tenders/{tender_id}/actions/{action}: one explicit step of the
// lifecycle (app::take_tender_step); 409 names every unmet precondition at once.
Response post_tender_action(const Request& request, Context& context) {
    const auto action = domain::parse_tender_action(request.param("action"));
    if (!action) throw problems::not_found("There is no such action for tenders.");
    app::TakeTenderStep command{domain::TenderId{request.param("tender_id")}, *action, {}, false};
    // The body is optional (an empty one reads as {}), so cancelling without one
    // is told the reason is missing.
    if (*action == domain::TenderAction::cancel) {
        command.reason = read_command<CancelBody>(request, app::Need::optional).reason;
    } else if (*action == domain::TenderAction::release_feedback) {
        const auto body = read_command<FeedbackBody>(request, app::Need::optional);
        command.reason = body.reason;
        command.show_scores = body.show_scores;
    } else {
        command.reason = read_command<StepBody>(request, app::Need::optional).reason;
    }
    const auto updated = app::take_tender_step(*context.db, *context.principal, command, context.now);
    auto response = json_response(200, tender_json(updated));
    response.headers.emplace_back("ETag", etag(updated.version));
    return response;
}

}  // namespace collabtender::api
