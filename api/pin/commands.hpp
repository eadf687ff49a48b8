#pragma once

// Request bodies read into the PIN stage's commands (api/json_body.hpp's
// read_command). In app's namespace, where value_to finds them.
#include <boost/json/fwd.hpp>

#include "app/pin/add_information_session.hpp"

namespace collabtender::app {

// POST /api/v1/tenders/{tender_id}/information-sessions: {"starts_at", "ends_at",
// "place", "online_link", "capacity"}. What the body gets wrong is kept in
// `unreadable`, for the use case to report with the checks that need the time.
AddInformationSession tag_invoke(boost::json::value_to_tag<AddInformationSession>, const boost::json::value& body);

}  // namespace collabtender::app
