#include "api/evaluation/feedback_json.hpp"

#include <boost/json.hpp>

#include "api/evaluation/panel_json.hpp"
#include "api/json_values.hpp"
#include "domain/text.hpp"

namespace collabtender::api {
namespace {

// The advice per criterion under each criterion's title: the feedback's text
// until the commissioner writes their own.
std::string compiled_text(const app::EvaluatedBid& bid, const std::vector<std::string>& advice) {
    std::string out;
    for (std::size_t i = 0; i < bid.criteria.size(); ++i)
        if (!advice[i].empty()) out += bid.criteria[i].title + ":\n" + advice[i] + "\n";
    return out;
}

boost::json::array gate_outcomes(const app::Feedback& feedback) {
    const auto& bid = feedback.bid;
    boost::json::array out;
    for (const auto& r : feedback.gates)
        out.push_back(boost::json::object{{"gate", r.gate},
                                          {"kind", domain::gate_kind(bid.gates.at(static_cast<std::size_t>(r.gate)).parameters)},
                                          {"outcome", domain::to_string(r.result.outcome)},
                                          {"reason", r.result.reason}});
    return out;
}

}  // namespace

boost::json::object feedback_json(const app::Feedback& feedback) {
    const auto& bid = feedback.bid;
    const auto& scores = feedback.scores;
    const auto& stored = feedback.stored;
    const auto& advice = feedback.advice;
    const auto& release = feedback.release;
    boost::json::array per_criterion;
    for (std::size_t i = 0; i < advice.size(); ++i) {
        boost::json::array items;
        for (auto& item : domain::list_items(advice[i])) items.push_back(boost::json::value(std::move(item)));
        per_criterion.push_back(boost::json::object{
            {"criterion", i}, {"title", bid.criteria[i].title}, {"text", advice[i]}, {"items", std::move(items)}});
    }
    boost::json::object out{{"bid_id", bid.bid.id},
                            {"text", stored ? stored->text : compiled_text(bid, advice)},
                            {"advice", std::move(per_criterion)},
                            {"edited", stored.has_value()},
                            {"suggested_lot_id", nullable(stored ? stored->suggested_lot_id : std::nullopt)},
                            {"released", release.has_value()},
                            {"gates", gate_outcomes(feedback)}};
    add_bid_identity(bid.consortium.name, feedback.lot, out);
    if (!feedback.for_bidder || (release && release->shows_scores)) {
        // The figure that counted, and how it was reached: the agreed (consensus)
        // scores once every question has one, as the ranking reads them, or else
        // the panel's average of its members' scores.
        const bool agreed = scores.moderated_hundredths.has_value();
        boost::json::array counted;
        for (std::size_t i = 0; i < bid.criteria.size(); ++i) {
            const auto c = scores.consensus.find(static_cast<int>(i));
            const auto mean = i < scores.aggregates.size() ? scores.aggregates[i].mean() : std::string{};
            counted.push_back(boost::json::object{
                {"criterion", i},
                {"title", bid.criteria[i].title},
                {"score", c == scores.consensus.end() ? boost::json::value(nullptr) : boost::json::value(c->second.score)},
                {"counted", agreed ? boost::json::value(std::to_string(c->second.score))
                                   : mean.empty() ? boost::json::value(nullptr) : boost::json::value(mean)},
                {"basis", agreed ? "agreed" : "panel_average"}});
        }
        out["scores"] = std::move(counted);
    }
    return out;
}

}  // namespace collabtender::api
