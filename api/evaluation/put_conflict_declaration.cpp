#include <boost/json.hpp>

#include "api/evaluation/commands.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/evaluation/declare_conflict.hpp"

namespace collabtender::api {

// PUT /api/v1/bids/{bid_id}/conflict-declaration: before seeing a bid, a panellist
// says whether they have a conflict of interest with it (app::declare_conflict).
Response put_conflict_declaration(const Request& request, Context& context) {
    auto command = read_command<app::DeclareConflict>(request);
    command.bid_id = domain::BidId{request.param("bid_id")};
    const auto declared = app::declare_conflict(*context.db, *context.principal, command, context.now);
    return json_response(200, boost::json::object{
                                  {"bid_id", declared.bid_id},
                                  {"stage", declared.stage},
                                  {"conflicted", command.conflicted},
                                  {"description", command.description ? boost::json::value(*command.description) : nullptr}});
}

}  // namespace collabtender::api
