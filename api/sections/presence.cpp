#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/sections/commands.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {

// PUT /api/v1/bids/{bid_id}/sections/{section}/presence: {"mode"}, a heartbeat
// (app::show_presence).
Response put_presence(const Request& request, Context& context) {
    auto command = read_command<app::ShowPresence>(request);
    command.bid_id = domain::BidId{request.param("bid_id")};
    command.section = request.param("section");
    app::show_presence(*context.db, *context.principal, command, context.now);
    return Response{204, "", "", {}};
}

// DELETE /api/v1/bids/{bid_id}/sections/{section}/presence: the caller has left
// the section (app::leave_section).
Response delete_presence(const Request& request, Context& context) {
    app::leave_section(*context.db, *context.principal, domain::BidId{request.param("bid_id")},
                       request.param("section"));
    return Response{204, "", "", {}};
}

// GET /api/v1/bids/{bid_id}/presence: who has been looking at or editing which
// section in the last minute (app::read_presence).
Response get_presence(const Request& request, Context& context) {
    boost::json::array items;
    for (const auto& p :
         app::read_presence(*context.db, *context.principal, domain::BidId{request.param("bid_id")}, context.now))
        items.push_back(boost::json::object{{"section", p.section},
                                            {"user_id", p.user_id},
                                            {"display_name", p.display_name},
                                            {"organisation_id", p.organisation_id},
                                            {"mode", p.mode},
                                            {"seen_at", domain::format_rfc3339(p.seen_at)}});
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
