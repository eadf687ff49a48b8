#include <map>

#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/evaluation/panel_bids.hpp"
#include "api/evaluation/panel_scores.hpp"
#include "api/evaluation/scoresheet.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/notifications/notices.hpp"
#include "api/problem.hpp"
#include "domain/gate_assessment.hpp"

namespace collabtender::api {
namespace {

// Once the last bid the panel evaluates in the stage has every unconflicted
// panellist's scores (bids excluded at a gate need none), the tender's
// commissioners hear so, once.
void tell_when_panel_done(persistence::Tx& tx, const Context& context, const EvaluatedBid& bid) {
    const auto& panel = *bid.panel;
    int flagged = 0;
    std::map<std::string, std::vector<domain::Criterion>> criteria;  // by lot
    for (const auto& b : panel_bids(tx, panel, bid.stage, true)) {
        std::vector<domain::GateResult> results;
        for (const auto& g : b.gates) results.push_back(g.result);
        if (domain::excluded(results)) continue;
        auto lot = criteria.find(b.lot.id);
        if (lot == criteria.end())
            lot = criteria.emplace(b.lot.id, persistence::effective_criteria(tx, bid.tender.id, b.lot.id).criteria).first;
        const auto scores = bid_scores(panel, lot->second, scale_max(bid.tender), b.rows);
        if (!scores.ready_for_moderation) return;
        flagged += scores.flagged_unmoderated;
    }
    auto names = tender_names(bid.tender);
    names["panel"] = panel.name;
    names["stage"] = std::to_string(bid.stage);
    names["flagged"] = flagged == 0 ? "No scores disagree enough to need moderation."
                                    : std::to_string(flagged) + " flagged score(s) need a consensus before feedback or award.";
    tell(tx, context,
         {"scoring_complete", persistence::Audience::commissioners, bid.tender.organisation_id, std::move(names),
          "/tenders/" + bid.tender.id + "/evaluation", "scoring-complete-" + panel.id + "-" + std::to_string(bid.stage)});
}

}  // namespace

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
            // Only a submission that completes its bid can complete the panel's work.
            if (bid.panel && bid_scores(tx, bid).ready_for_moderation) tell_when_panel_done(tx, context, bid);
        }
        out = scoresheet_json(tx, bid, me);
    });
    return json_response(200, out);
}

}  // namespace collabtender::api
