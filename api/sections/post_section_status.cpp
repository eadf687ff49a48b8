#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/sections/commands.hpp"
#include "api/sections/section_json.hpp"

namespace collabtender::api {

// POST /api/v1/bids/{bid_id}/sections/{section}/status: {"status", "reason"}:
// ask for review, approve, request changes or take the section back into
// progress (app::move_section).
Response post_section_status(const Request& request, Context& context) {
    auto command = read_command<app::MoveSection>(request);
    command.bid_id = domain::BidId{request.param("bid_id")};
    command.section = request.param("section");
    return json_response(200, section_json(app::move_section(*context.db, *context.principal, command, context.now),
                                           context.now));
}

}  // namespace collabtender::api
