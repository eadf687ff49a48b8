#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/awards/award_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"

namespace collabtender::api {

// POST /api/v1/awards/{award_id}/suspension: during standstill an award is
// suspended while a challenge is heard, {"reason"}; it cannot be confirmed until
// resumed.
Response post_award_suspension(const Request& request, Context& context) {
    const auto reason = read_reason(request);
    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto m = managed_award(tx, request.param("award_id"), context.principal);
        if (m.award.status != "proposed") throw problems::conflict("Only a proposed award can be suspended.");
        persistence::set_award_status(tx, m.award.id, "suspended", reason);
        tell_lot_bidders(tx, context, m.lot.tender, m.decision, "standstill_suspended");
        audit(tx, context, {m.lot.tender.id, "award.suspend", "award", m.award.id,
                            boost::json::object{{"status", "proposed"}}, boost::json::object{{"status", "suspended"}}});
        out = award_decision_json(*persistence::find_award_decision(tx, m.award.lot_id));
    });
    return json_response(200, out);
}

// POST /api/v1/awards/{award_id}/resumption: the challenge is over; the award
// goes back to proposed and may be confirmed once the standstill has ended.
Response post_award_resumption(const Request& request, Context& context) {
    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto m = managed_award(tx, request.param("award_id"), context.principal);
        if (m.award.status != "suspended") throw problems::conflict("Only a suspended award can be resumed.");
        persistence::set_award_status(tx, m.award.id, "proposed", std::nullopt);
        tell_lot_bidders(tx, context, m.lot.tender, m.decision, "standstill_resumed");
        audit(tx, context, {m.lot.tender.id, "award.resume", "award", m.award.id,
                            boost::json::object{{"status", "suspended"}}, boost::json::object{{"status", "proposed"}}});
        out = award_decision_json(*persistence::find_award_decision(tx, m.award.lot_id));
    });
    return json_response(200, out);
}

}  // namespace collabtender::api
