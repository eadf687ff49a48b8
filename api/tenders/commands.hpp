#pragma once

// Request bodies read into the tenders' commands (api/json_body.hpp's
// read_command). Where value_to finds them: beside their types.
#include <string>

#include <boost/json/fwd.hpp>

#include "app/tenders/add_lot.hpp"
#include "app/tenders/change_deadline.hpp"
#include "app/tenders/waive_minimum_bids.hpp"

namespace collabtender::app {

// POST /api/v1/tenders/{tender_id}/lots: the lot's details (tender_json.hpp's read_lot).
AddLot tag_invoke(boost::json::value_to_tag<AddLot>, const boost::json::value& body);

// POST /api/v1/tenders/{tender_id}/deadline-changes: {"stage", "deadline", "reason"}.
ChangeDeadline tag_invoke(boost::json::value_to_tag<ChangeDeadline>, const boost::json::value& body);

// POST /api/v1/tenders/{tender_id}/lots/{lot_id}/minimum-bids-waiver: {"stage", "reason"}.
WaiveMinimumBids tag_invoke(boost::json::value_to_tag<WaiveMinimumBids>, const boost::json::value& body);

}  // namespace collabtender::app

namespace collabtender::api {

// POST /api/v1/tenders/{tender_id}/actions/{action}: what a step's body may
// say, which depends on the step: cancelling needs a "reason"; releasing
// feedback takes "show_scores" (whether bidders see their consensus scores);
// every other step takes an optional "reason" and nothing else.
struct StepBody {
    std::string reason;
};
struct CancelBody {
    std::string reason;
};
struct FeedbackBody {
    std::string reason;
    bool show_scores = false;
};
StepBody tag_invoke(boost::json::value_to_tag<StepBody>, const boost::json::value& body);
CancelBody tag_invoke(boost::json::value_to_tag<CancelBody>, const boost::json::value& body);
FeedbackBody tag_invoke(boost::json::value_to_tag<FeedbackBody>, const boost::json::value& body);

}  // namespace collabtender::api
