#pragma once

// Request bodies read into the checklist's commands (api/json_body.hpp's
// read_command). In app's namespace, where value_to finds them.
#include <boost/json/fwd.hpp>

#include "app/checklist/save_checklist.hpp"

namespace collabtender::app {

// PUT /api/v1/tenders/{tender_id}/checklist: {"elements": [{"key", "score", "comments"}]}.
SaveChecklist tag_invoke(boost::json::value_to_tag<SaveChecklist>, const boost::json::value& body);

}  // namespace collabtender::app
