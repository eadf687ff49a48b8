#include <map>

#include <boost/json.hpp>

#include "api/evaluation/conflict_links.hpp"
#include "api/evaluation/panel_json.hpp"
#include "api/evaluation/panel_scores.hpp"
#include "api/evaluation/scoresheet.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "api/problem.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {
namespace {

boost::json::value percent(const std::optional<std::int64_t>& hundredths) {
    if (!hundredths) return nullptr;
    return boost::json::value(domain::decimal(*hundredths, 100));
}

}  // namespace

// GET /api/v1/bids/{bid_id}/scores[?stage=]: the panel's submitted scores for a
// bid, per criterion with mean, median, range and the disagreement flag, any
// consensus reached, and the weighted scores. A panellist sees them only once
// they have submitted their own (independence); commissioners always, with
// every conflict declaration.
Response get_bid_scores(const Request& request, Context& context) {
    const auto asked = stage_parameter(request);
    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto bid = evaluated_bid(tx, request.param("bid_id"), *context.principal, asked);
        require_unconflicted(tx, bid, *context.principal);
        if (!bid.commissioner && !scoresheet_submitted(tx, bid, context.principal->user_id))
            throw Problem{409, "scores-hidden", "Submit your scores first",
                          "You see the panel's scores for a bid once you have submitted your own."};
        const auto s = bid_scores(tx, bid);

        boost::json::array panellists;
        const auto declarations = persistence::declarations(tx, bid.bid.id, bid.stage);
        std::map<std::string, int> scored;  // criteria with a score saved, drafts included: progress, not scores
        if (bid.commissioner)
            for (const auto& r : persistence::scores(tx, bid.bid.id, bid.stage))
                if (r.score.score) ++scored[r.user_id];
        if (bid.panel)
            for (const auto& m : bid.panel->members) {
                const auto& id = m.member.user_id;
                boost::json::object one{{"user_id", id},
                                        {"display_name", m.display_name},
                                        {"kind", domain::to_string(m.member.kind)},
                                        {"chair", m.member.chair},
                                        {"conflicted", s.conflicted.contains(id)},
                                        {"submitted", s.counted.contains(id)}};
                if (bid.commissioner) {
                    one["declared"] = false;
                    for (const auto& d : declarations)
                        if (d.user_id == id) {
                            one["declared"] = true;
                            one["conflict_description"] = nullable(d.description);
                        }
                    one["criteria_scored"] = scored[id];
                    one["pre_flag"] = pre_flag_json(tx, bid.bid.id, id);
                }
                panellists.push_back(std::move(one));
            }

        boost::json::array criteria;
        for (std::size_t i = 0; i < bid.criteria.size(); ++i) {
            boost::json::array scores;
            for (const auto& r : s.scores)
                if (r.criterion == static_cast<int>(i))
                    scores.push_back(boost::json::object{{"user_id", r.user_id},
                                                         {"score", nullable(r.score.score)},
                                                         {"justification", r.score.justification},
                                                         {"advice", r.score.advice}});
            const auto& a = s.aggregates[i];
            boost::json::value aggregate = nullptr;
            if (a.count > 0)
                aggregate = boost::json::object{{"count", a.count}, {"mean", a.mean()}, {"median", a.median()},
                                                {"min", a.min},     {"max", a.max},     {"flagged", a.flagged}};
            boost::json::value consensus = nullptr;
            if (const auto c = s.consensus.find(static_cast<int>(i)); c != s.consensus.end())
                consensus = boost::json::object{{"score", c->second.score},
                                                {"rationale", c->second.rationale},
                                                {"moderated_by", c->second.moderated_by},
                                                {"moderated_at", domain::format_rfc3339(c->second.moderated_at)}};
            criteria.push_back(boost::json::object{{"criterion", i},
                                                   {"title", bid.criteria[i].title},
                                                   {"weight", bid.criteria[i].weight},
                                                   {"scores", std::move(scores)},
                                                   {"aggregate", std::move(aggregate)},
                                                   {"consensus", std::move(consensus)}});
        }
        boost::json::array warnings;
        if (bid.commissioner && (bid.panel ? bid.panel->members.size() : 0) - s.conflicted.size() < 2)
            warnings.push_back("fewer_than_two_unconflicted_panellists");
        out = {{"bid_id", bid.bid.id},
               {"stage", bid.stage},
               {"panellists", std::move(panellists)},
               {"criteria", std::move(criteria)},
               {"ready_for_moderation", s.ready_for_moderation},
               {"flagged_unmoderated", s.flagged_unmoderated},
               {"panel_weighted_score", percent(s.panel_hundredths)},
               {"moderated_weighted_score", percent(s.moderated_hundredths)},
               {"warnings", std::move(warnings)}};
        add_bid_identity(tx, bid, out);
    });
    return json_response(200, out);
}

}  // namespace collabtender::api
