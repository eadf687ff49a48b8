#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/evaluation/panel_scores.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "domain/text.hpp"

namespace collabtender::api {

// PUT /api/v1/bids/{bid_id}/consensus/{criterion}: at moderation the chair (free
// of conflict with the bid) or a commissioner records the score the panel agreed
// and why, {"score", "rationale"}. The consensus score is the one that counts.
// Moderation starts once every unconflicted panellist has submitted (409 before).
Response put_consensus(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    int score = 0;
    std::string rationale;
    fields.integer("score", score);
    fields.text("rationale", rationale);
    domain::Violations more;
    domain::check_text(more, rationale, "/rationale", 1, 5000);
    fields.finish(more);

    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto bid = evaluated_bid(tx, request.param("bid_id"), *context.principal, std::nullopt, true);
        if (!bid.commissioner) {
            const auto* seat = bid.panel->member(context.principal->user_id);
            if (!seat->member.chair) throw problems::forbidden();
            require_unconflicted(tx, bid, *context.principal);
        }
        require_scoring_open(tx, bid);
        const int criterion = position_param(request.param("criterion"), bid.criteria.size(), "criterion");
        domain::Violations range;
        domain::check_range(range, score, "/score", scale_min(bid.tender), scale_max(bid.tender));
        if (!range.empty()) throw problems::validation(range);
        const auto scores = bid_scores(tx, bid);
        if (!scores.ready_for_moderation)
            throw Problem{409, "moderation-not-ready", "Not every panellist has scored",
                          "Moderation starts once every panellist free of conflict has submitted their scores."};
        persistence::save_consensus(tx, bid.bid.id, bid.stage,
                                    {criterion, score, rationale, context.principal->user_id, context.now});
        const auto agreed = scores.consensus.find(criterion);
        audit(tx, context,
              {bid.tender.id, "consensus.record", "bid", bid.bid.id,
               agreed == scores.consensus.end() ? boost::json::value(nullptr)
                                                : boost::json::value(boost::json::object{{"score", agreed->second.score}}),
               boost::json::object{{"stage", bid.stage}, {"criterion", criterion}, {"score", score}}});
        out = {{"bid_id", bid.bid.id}, {"stage", bid.stage}, {"criterion", criterion}, {"score", score},
               {"rationale", rationale}};
    });
    return json_response(200, out);
}

}  // namespace collabtender::api
