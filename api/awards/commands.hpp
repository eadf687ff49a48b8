#pragma once

// Request bodies read into the award commands (api/json_body.hpp's read_command).
// In app's namespace, where value_to finds them.
#include <boost/json/fwd.hpp>

#include "app/awards/confirm_award.hpp"
#include "app/awards/propose_awards.hpp"

namespace collabtender::app {

// POST /api/v1/lots/{lot_id}/award-decision: no body, or {"bid_ids": [...],
// "reason"} to depart from the ranking.
ProposeAwards tag_invoke(boost::json::value_to_tag<ProposeAwards>, const boost::json::value& body);

// POST /api/v1/awards/{award_id}/confirmation: {"start_date", "term_months",
// "extension_months", "value_pence"}.
ConfirmAward tag_invoke(boost::json::value_to_tag<ConfirmAward>, const boost::json::value& body);

}  // namespace collabtender::app
