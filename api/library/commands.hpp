#pragma once

// Request bodies read into the answer library's commands (api/json_body.hpp's
// read_command). In the namespace of the type read, where value_to finds them.
#include <boost/json/fwd.hpp>

#include "app/library/answers.hpp"

namespace collabtender::persistence {

// POST /api/v1/answers and PUT /api/v1/answers/{answer_id}: {"title", "text",
// "tags" (optional), "last_reviewed": "YYYY-MM-DD" or null}.
LibraryAnswer tag_invoke(boost::json::value_to_tag<LibraryAnswer>, const boost::json::value& body);

}  // namespace collabtender::persistence
