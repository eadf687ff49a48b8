#include "api/evaluation/scoresheet.hpp"

#include <boost/json.hpp>

#include "api/json_values.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {

std::vector<domain::CriterionScore> own_scores(persistence::Tx& tx, const EvaluatedBid& bid, const std::string& user_id) {
    std::vector<domain::CriterionScore> out(bid.criteria.size());
    for (auto& s : persistence::scores(tx, bid.bid.id, bid.stage))
        if (s.user_id == user_id && s.criterion >= 0 && static_cast<std::size_t>(s.criterion) < out.size())
            out[static_cast<std::size_t>(s.criterion)] = std::move(s.score);
    return out;
}

bool scoresheet_submitted(persistence::Tx& tx, const EvaluatedBid& bid, const std::string& user_id) {
    for (const auto& s : persistence::scoresheet_submissions(tx, bid.bid.id, bid.stage))
        if (s.user_id == user_id) return true;
    return false;
}

boost::json::object scoresheet_json(const app::Scoresheet& sheet) {
    boost::json::array criteria;
    for (std::size_t i = 0; i < sheet.criteria.size(); ++i)
        criteria.push_back(boost::json::object{{"criterion", i},
                                               {"score", nullable(sheet.criteria[i].score)},
                                               {"justification", sheet.criteria[i].justification},
                                               {"advice", sheet.criteria[i].advice}});
    return {{"bid_id", sheet.bid_id},
            {"stage", sheet.stage},
            {"criteria", std::move(criteria)},
            {"submitted_at", nullable(sheet.submitted_at)}};
}

boost::json::object scoresheet_json(persistence::Tx& tx, const EvaluatedBid& bid, const std::string& user_id) {
    std::optional<domain::TimePoint> submitted_at;
    for (const auto& s : persistence::scoresheet_submissions(tx, bid.bid.id, bid.stage))
        if (s.user_id == user_id) submitted_at = s.submitted_at;
    return scoresheet_json({bid.bid.id, bid.stage, own_scores(tx, bid, user_id), submitted_at});
}

}  // namespace collabtender::api
