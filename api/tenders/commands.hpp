#pragma once

// Request bodies read into the tenders' commands (api/json_body.hpp's
// read_command). Where value_to finds them: beside their types.
#include <string>

#include <boost/json/fwd.hpp>

#include "app/tenders/add_lot.hpp"
#include "app/tenders/change_deadline.hpp"
#include "app/tenders/change_lot.hpp"
#include "app/tenders/change_tender.hpp"
#include "app/tenders/create_tender.hpp"
#include "app/tenders/set_criteria.hpp"
#include "app/tenders/set_gates.hpp"
#include "app/tenders/set_required_documents.hpp"
#include "app/tenders/waive_minimum_bids.hpp"

namespace collabtender::app {

// POST /api/v1/tenders: the tender's details (tender_json.hpp's read_tender).
CreateTender tag_invoke(boost::json::value_to_tag<CreateTender>, const boost::json::value& body);

// PATCH /api/v1/tenders/{tender_id}: a JSON merge patch of the tender's details.
// What is wrong in it is kept to be reported with the tender's own rules.
ChangeTender tag_invoke(boost::json::value_to_tag<ChangeTender>, const boost::json::value& body);

// PATCH /api/v1/tenders/{tender_id}/lots/{lot_id}: a JSON merge patch of the lot's
// details, kept as ChangeTender's is.
ChangeLot tag_invoke(boost::json::value_to_tag<ChangeLot>, const boost::json::value& body);

// PUT /api/v1/tenders/{tender_id}/criteria and .../lots/{lot_id}/criteria:
// {"criteria": [...]}, what is wrong in it kept to be reported with the set's rules.
SetCriteria tag_invoke(boost::json::value_to_tag<SetCriteria>, const boost::json::value& body);

// PUT /api/v1/tenders/{tender_id}/gates: {"gates": [...]}, what is wrong in it kept
// to be reported with the gates' lots.
SetGates tag_invoke(boost::json::value_to_tag<SetGates>, const boost::json::value& body);

// PUT /api/v1/tenders/{tender_id}/required-documents: {"documents": [{"title",
// "guidance"}]}.
SetRequiredDocuments tag_invoke(boost::json::value_to_tag<SetRequiredDocuments>, const boost::json::value& body);

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
