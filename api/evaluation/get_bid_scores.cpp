#include <boost/json.hpp>

#include "api/evaluation/conflict_links_json.hpp"
#include "api/evaluation/panel_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "api/query.hpp"
#include "app/evaluation/read_bid_scores.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {
namespace {

boost::json::value percent(const std::optional<std::int64_t>& hundredths) {
    if (!hundredths) return nullptr;
    return boost::json::value(domain::decimal(*hundredths, 100));
}

boost::json::array panellists_json(const app::BidScoresView& view) {
    const auto& bid = view.bid;
    const auto& s = view.scores;
    boost::json::array out;
    if (!bid.panel) return out;
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
            for (const auto& d : view.declarations)
                if (d.user_id == id) {
                    one["declared"] = true;
                    one["conflict_description"] = nullable(d.description);
                }
            const auto scored = view.criteria_scored.find(id);
            one["criteria_scored"] = scored == view.criteria_scored.end() ? 0 : scored->second;
            one["pre_flag"] = pre_flag_json(view.pre_flags.at(id));
        }
        out.push_back(std::move(one));
    }
    return out;
}

boost::json::array criterion_scores_json(const app::BidScoresView& view) {
    const auto& criteria = view.bid.criteria;
    const auto& s = view.scores;
    boost::json::array out;
    for (std::size_t i = 0; i < criteria.size(); ++i) {
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
        out.push_back(boost::json::object{{"criterion", i},
                                          {"title", criteria[i].title},
                                          {"weight", criteria[i].weight},
                                          {"scores", std::move(scores)},
                                          {"aggregate", std::move(aggregate)},
                                          {"consensus", std::move(consensus)}});
    }
    return out;
}

}  // namespace

// GET /api/v1/bids/{bid_id}/scores[?stage=]: the panel's submitted scores for a
// bid, per criterion with mean, median, range and the disagreement flag, any
// consensus reached, and the weighted scores (app::read_bid_scores). A panellist
// sees them only once they have submitted their own (independence);
// commissioners always, with every conflict declaration.
Response get_bid_scores(const Request& request, Context& context) {
    const auto asked = stage_parameter(request);
    const auto view =
        app::read_bid_scores(*context.db, *context.principal, domain::BidId{request.param("bid_id")}, asked);
    const auto& bid = view.bid;
    const auto& s = view.scores;
    boost::json::array warnings;
    if (bid.commissioner && (bid.panel ? bid.panel->members.size() : 0) - s.conflicted.size() < 2)
        warnings.push_back("fewer_than_two_unconflicted_panellists");
    boost::json::object out{{"bid_id", bid.bid.id},
                            {"stage", bid.stage},
                            {"panellists", panellists_json(view)},
                            {"criteria", criterion_scores_json(view)},
                            {"ready_for_moderation", s.ready_for_moderation},
                            {"flagged_unmoderated", s.flagged_unmoderated},
                            {"panel_weighted_score", percent(s.panel_hundredths)},
                            {"moderated_weighted_score", percent(s.moderated_hundredths)},
                            {"warnings", std::move(warnings)}};
    add_bid_identity(bid.consortium.name, view.lot, out);
    return json_response(200, out);
}

}  // namespace collabtender::api
