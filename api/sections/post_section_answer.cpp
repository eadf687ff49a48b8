#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/sections/commands.hpp"
#include "api/sections/section_json.hpp"

namespace collabtender::api {

// POST /api/v1/bids/{bid_id}/sections/{section}/answer-insertions: {"answer_id"}
// copies one of the caller's organisation's library answers into a response
// (app::insert_answer). If-Match carries the section's version, as for any save.
Response post_section_answer(const Request& request, Context& context) {
    const int expected = required_if_match(request);
    auto command = read_command<app::InsertAnswer>(request);
    command.bid_id = domain::BidId{request.param("bid_id")};
    command.section = request.param("section");
    command.expected_version = expected;
    const auto saved = app::insert_answer(*context.db, *context.principal, command, context.now);
    auto response = json_response(200, section_json(saved, context.now));
    response.headers.emplace_back("ETag", etag(saved.section.record.versions));
    return response;
}

}  // namespace collabtender::api
