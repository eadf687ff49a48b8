#pragma once

// Request bodies read into the evaluation's commands (api/json_body.hpp's
// read_command). In app's namespace, where value_to finds them.
#include <boost/json/fwd.hpp>

#include "app/evaluation/save_draft_score.hpp"

namespace collabtender::app {

// PUT /api/v1/bids/{bid_id}/my-scores/{criterion}: {"score": 3 or null,
// "justification", "advice"}; the bid and criterion come from the path.
SaveDraftScore tag_invoke(boost::json::value_to_tag<SaveDraftScore>, const boost::json::value& body);

}  // namespace collabtender::app
