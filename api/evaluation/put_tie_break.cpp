#include <boost/json.hpp>

#include "api/evaluation/commands.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "app/evaluation/break_tie.hpp"

namespace collabtender::api {

// PUT /api/v1/lots/{lot_id}/tie-break: the commissioner's recorded decision among
// bids level on every score (app::break_tie).
Response put_tie_break(const Request& request, Context& context) {
    auto command = read_command<app::BreakTie>(request);
    command.lot_id = domain::LotId{request.param("lot_id")};
    app::break_tie(*context.db, *context.principal, command, context.now);
    return json_response(200, boost::json::object{{"lot_id", command.lot_id},
                                                  {"order", boost::json::value_from(command.order)},
                                                  {"reason", command.reason}});
}

}  // namespace collabtender::api
