#include <boost/json.hpp>

#include "api/clarifications/clarification_json.hpp"
#include "api/clarifications/commands.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/clarifications/publish_clarification.hpp"

namespace collabtender::api {

// POST /api/v1/tenders/{tender_id}/clarifications/{clarification_id}/publish: an
// answer given privately, published (app::publish_clarification); the body is optional.
Response post_clarification_publish(const Request& request, Context& context) {
    auto command = read_command<app::PublishClarification>(request, app::Need::optional);
    command.tender_id = domain::TenderId{request.param("tender_id")};
    command.clarification_id = domain::ClarificationId{request.param("clarification_id")};
    return json_response(200, clarification_change_json(app::publish_clarification(*context.db, *context.principal,
                                                                                   command, context.now)));
}

}  // namespace collabtender::api
