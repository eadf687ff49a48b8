#include "api/evaluation/scoresheet_json.hpp"

#include <boost/json.hpp>

#include "api/json_values.hpp"

namespace collabtender::api {

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

}  // namespace collabtender::api
