#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/sections/commands.hpp"
#include "api/sections/section_json.hpp"

namespace collabtender::api {

// PUT /api/v1/bids/{bid_id}/sections/{section}/assignment: the lead assigns; an
// owner may hand the section on to another user of its organisation
// (app::assign_section).
Response put_section_assignment(const Request& request, Context& context) {
    auto command = read_command<app::AssignSection>(request);
    command.bid_id = domain::BidId{request.param("bid_id")};
    command.section = request.param("section");
    return json_response(
        200, section_json(app::assign_section(*context.db, *context.principal, command, context.now), context.now));
}

}  // namespace collabtender::api
