#include <boost/json.hpp>

#include "api/evaluation/commands.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/evaluation/record_consensus.hpp"

namespace collabtender::api {

// PUT /api/v1/bids/{bid_id}/consensus/{criterion}: at moderation the chair or a
// commissioner records the score the panel agreed and why (app::record_consensus).
Response put_consensus(const Request& request, Context& context) {
    auto command = read_command<app::RecordConsensus>(request);
    command.bid_id = domain::BidId{request.param("bid_id")};
    command.criterion = request.param("criterion");
    const auto recorded = app::record_consensus(*context.db, *context.principal, command, context.now);
    return json_response(200, boost::json::object{{"bid_id", recorded.bid_id},
                                                  {"stage", recorded.stage},
                                                  {"criterion", recorded.criterion},
                                                  {"score", command.score},
                                                  {"rationale", command.rationale}});
}

}  // namespace collabtender::api
