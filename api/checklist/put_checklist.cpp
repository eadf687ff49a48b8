#include <boost/json.hpp>

#include "api/checklist/checklist_json.hpp"
#include "api/checklist/commands.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"

namespace collabtender::api {

// PUT /api/v1/tenders/{tender_id}/checklist: a new version of the checklist
// (app::save_checklist). If-Match names the version being replaced ("0" before
// the first save).
Response put_checklist(const Request& request, Context& context) {
    const int expected = required_if_match(request);
    auto command = read_command<app::SaveChecklist>(request);
    command.tender_id = domain::TenderId{request.param("tender_id")};
    command.expected_version = expected;
    const auto saved = app::save_checklist(*context.db, *context.principal, command, context.now);
    auto response = json_response(200, checklist_json(saved));
    response.headers.emplace_back("ETag", etag(saved.version));
    return response;
}

}  // namespace collabtender::api
