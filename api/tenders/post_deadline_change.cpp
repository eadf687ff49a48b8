#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/tenders/commands.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {

// POST /api/v1/tenders/{tender_id}/deadline-changes {"stage", "deadline",
// "reason"}: a stage's deadline moved, published and announced (app::change_deadline).
Response post_deadline_change(const Request& request, Context& context) {
    auto command = read_command<app::ChangeDeadline>(request);
    command.tender_id = domain::TenderId{request.param("tender_id")};
    const auto updated = app::change_deadline(*context.db, *context.principal, command, context.now);
    auto response = json_response(200, tender_json(updated));
    response.headers.emplace_back("ETag", etag(updated.version));
    return response;
}

}  // namespace collabtender::api
