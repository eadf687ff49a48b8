#include <boost/json.hpp>

#include "api/evaluation/commands.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/evaluation/record_gate_result.hpp"

namespace collabtender::api {

// PUT /api/v1/bids/{bid_id}/gate-results/{gate}: the commissioner's judgement on
// a gate (app::record_gate_result).
Response put_gate_result(const Request& request, Context& context) {
    auto command = read_command<app::RecordGateResult>(request);
    command.bid_id = domain::BidId{request.param("bid_id")};
    command.gate = request.param("gate");
    const auto recorded = app::record_gate_result(*context.db, *context.principal, command, context.now);
    return json_response(200, boost::json::object{{"bid_id", recorded.bid_id},
                                                  {"stage", recorded.stage},
                                                  {"gate", recorded.gate},
                                                  {"outcome", domain::to_string(command.result.outcome)},
                                                  {"reason", command.result.reason}});
}

}  // namespace collabtender::api
