#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/tenders/commands.hpp"
#include "api/tenders/lot_standing_json.hpp"

namespace collabtender::api {

// POST /api/v1/tenders/{tender_id}/lots/{lot_id}/minimum-bids-waiver {"stage",
// "reason"}: proceeding with a lot short of bids (app::waive_minimum_bids).
Response post_minimum_bids_waiver(const Request& request, Context& context) {
    auto command = read_command<app::WaiveMinimumBids>(request);
    command.tender_id = domain::TenderId{request.param("tender_id")};
    command.lot_id = domain::LotId{request.param("lot_id")};
    const auto waived = app::waive_minimum_bids(*context.db, *context.principal, command, context.now);
    return json_response(201, lot_standing_json(waived.standing, waived.minimum, waived.people));
}

}  // namespace collabtender::api
