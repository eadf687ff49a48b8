#pragma once

#include <boost/json/object.hpp>

#include "api/evaluation/evaluation_access.hpp"
#include "app/evaluation/save_draft_score.hpp"

namespace collabtender::api {

// A panellist's own scores for a bid and stage, one entry per criterion (empty
// where not yet scored), and when they were submitted (null while a draft).
boost::json::object scoresheet_json(const app::Scoresheet& sheet);
boost::json::object scoresheet_json(persistence::Tx& tx, const EvaluatedBid& bid, const std::string& user_id);
// Whether the panellist has submitted their scores for the bid and stage.
bool scoresheet_submitted(persistence::Tx& tx, const EvaluatedBid& bid, const std::string& user_id);
// The panellist's scores by criterion position, empty where not yet scored.
std::vector<domain::CriterionScore> own_scores(persistence::Tx& tx, const EvaluatedBid& bid, const std::string& user_id);

}  // namespace collabtender::api
