#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/tenders/commands.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {

// POST /api/v1/tenders: a draft tender's details (app::create_tender).
Response post_tender(const Request& request, Context& context) {
    const auto command = read_command<app::CreateTender>(request);
    const auto created = app::create_tender(*context.db, *context.principal, command, context.now);
    auto response = json_response(201, tender_json(created));
    response.headers.emplace_back("Location", "/api/v1/tenders/" + created.id.str());
    response.headers.emplace_back("ETag", etag(created.version));
    return response;
}

}  // namespace collabtender::api
