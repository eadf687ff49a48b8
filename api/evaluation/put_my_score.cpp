#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/evaluation/panel_scores.hpp"
#include "api/evaluation/scoresheet.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"

namespace collabtender::api {

// PUT /api/v1/bids/{bid_id}/my-scores/{criterion}: saves one criterion of the
// panellist's draft, {"score": 3 or null, "justification", "advice"}, small enough
// to autosave as they type. Advice to the bidder is for stage 1, when bids can
// still improve. Once the scoresheet is submitted it is locked (409).
Response put_my_score(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    domain::CriterionScore score;
    fields.nullable_integer("score", score.score);
    fields.text("justification", score.justification, Need::optional);
    fields.text("advice", score.advice, Need::optional);
    fields.finish();

    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto bid = evaluated_bid(tx, request.param("bid_id"), *context.principal, std::nullopt, true);
        if (bid.commissioner) throw problems::forbidden();
        require_unconflicted(tx, bid, *context.principal);
        require_scoring_open(tx, bid);
        const int criterion = position_param(request.param("criterion"), bid.criteria.size(), "criterion");
        if (scoresheet_submitted(tx, bid, context.principal->user_id))
            throw Problem{409, "scores-submitted", "Scores already submitted",
                          "You have submitted your scores for this bid; they can no longer change."};
        auto violations = domain::check_score(score, scale_min(bid.tender), scale_max(bid.tender), "");
        if (bid.stage == 2 && !score.advice.empty())
            violations.push_back({"/advice", "not_applicable", "advice to bidders is given in stage 1"});
        if (!violations.empty()) throw problems::validation(violations);
        persistence::save_score(tx, bid.bid.id, bid.stage, {context.principal->user_id, criterion, score}, context.now);
        audit(tx, context, {bid.tender.id, "score.save", "bid", bid.bid.id, nullptr,
                            boost::json::object{{"stage", bid.stage},
                                                {"criterion", criterion},
                                                {"score", score.score ? boost::json::value(*score.score) : nullptr}}});
        out = scoresheet_json(tx, bid, context.principal->user_id);
    });
    return json_response(200, out);
}

}  // namespace collabtender::api
