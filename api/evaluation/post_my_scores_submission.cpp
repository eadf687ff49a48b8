#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/evaluation/panel_scores.hpp"
#include "api/evaluation/scoresheet.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"

namespace collabtender::api {

// POST /api/v1/bids/{bid_id}/my-scores/submission: "submit my scores for this
// bid". Every criterion needs a score and a justification (422 lists each one
// missing); then the scoresheet locks and the panel's scores become visible to
// this panellist. Submitting again changes nothing.
Response post_my_scores_submission(const Request& request, Context& context) {
    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto bid = evaluated_bid(tx, request.param("bid_id"), *context.principal, std::nullopt, true);
        if (bid.commissioner) throw problems::forbidden();
        require_unconflicted(tx, bid, *context.principal);
        require_scoring_open(tx, bid);
        const auto& me = context.principal->user_id;
        if (!scoresheet_submitted(tx, bid, me)) {
            const auto missing =
                domain::check_scoresheet(own_scores(tx, bid, me), scale_min(bid.tender), scale_max(bid.tender));
            if (!missing.empty()) throw problems::validation(missing);
            persistence::submit_scoresheet(tx, bid.bid.id, bid.stage, me, context.now);
            audit(tx, context, {bid.tender.id, "scores.submit", "bid", bid.bid.id, nullptr,
                                boost::json::object{{"stage", bid.stage}}});
        }
        out = scoresheet_json(tx, bid, me);
    });
    return json_response(200, out);
}

}  // namespace collabtender::api
