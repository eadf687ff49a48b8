#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "api/query.hpp"
#include "api/tenders/lot_bids.hpp"
#include "domain/bid.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/minimum-bids?stage=N: for the tender's
// commissioners, each lot's standing bids in the stage (by default the one taking
// bids) against the tender's minimum, with the waiver or cancellation that lets
// evaluation go ahead without them.
Response get_minimum_bids(const Request& request, Context& context) {
    const auto asked = stage_parameter(request);
    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        if (!may_manage_tender(context.principal, tender)) throw problems::forbidden();
        const int stage = asked.value_or(domain::stage_taking_bids(tender.status).value_or(1));
        const int minimum = tender.details.minimum_bids.of(stage);
        const auto& t = tender.details.timetable;
        boost::json::array lots;
        for (const auto& standing : lot_standings(tx, tender, stage)) lots.push_back(lot_standing_json(tx, standing, minimum));
        out = {{"stage", stage},
               {"minimum", minimum},
               {"deadline_passed", !domain::before_deadline(stage == 1 ? t.stage1_deadline : t.stage2_deadline, context.now)},
               {"lots", std::move(lots)}};
    });
    return json_response(200, out);
}

}  // namespace collabtender::api
