#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/sections/commands.hpp"
#include "api/sections/section_json.hpp"

namespace collabtender::api {

// PUT /api/v1/bids/{bid_id}/sections/{section}/content: {"content"}
// (app::save_section). If-Match carries the section's version (its number of
// saves), so partners writing different sections at once never trip over each
// other, while two writers of the same section still do (412).
Response put_section_content(const Request& request, Context& context) {
    const int expected = required_if_match(request);
    auto command = read_command<app::SaveSection>(request);
    command.bid_id = domain::BidId{request.param("bid_id")};
    command.section = request.param("section");
    command.expected_version = expected;
    const auto saved = app::save_section(*context.db, *context.principal, command, context.now);
    auto response = json_response(200, section_json(saved, context.now));
    response.headers.emplace_back("ETag", etag(saved.section.record.versions));
    return response;
}

}  // namespace collabtender::api
