#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/query.hpp"
#include "api/tenders/lot_standing_json.hpp"
#include "app/tenders/read_minimum_bids.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/minimum-bids?stage=N: for the tender's
// commissioners, each lot's standing bids in the stage against the tender's
// minimum, with the waiver or cancellation that lets evaluation go ahead
// without them (app::read_minimum_bids).
Response get_minimum_bids(const Request& request, Context& context) {
    const auto read =
        app::read_minimum_bids(*context.db, *context.principal, domain::TenderId{request.param("tender_id")},
                               stage_parameter(request), context.now);
    boost::json::array lots;
    for (const auto& standing : read.lots) lots.push_back(lot_standing_json(standing, read.minimum, read.people));
    return json_response(200, boost::json::object{{"stage", read.stage},
                                                  {"minimum", read.minimum},
                                                  {"deadline_passed", read.deadline_passed},
                                                  {"lots", std::move(lots)}});
}

}  // namespace collabtender::api
