#pragma once

// Request bodies read into the evaluation's commands (api/json_body.hpp's
// read_command). In app's namespace, where value_to finds them.
#include <boost/json/fwd.hpp>

#include "app/evaluation/break_tie.hpp"
#include "app/evaluation/change_panel.hpp"
#include "app/evaluation/declare_conflict.hpp"
#include "app/evaluation/form_panel.hpp"
#include "app/evaluation/record_consensus.hpp"
#include "app/evaluation/record_gate_result.hpp"
#include "app/evaluation/save_draft_score.hpp"
#include "app/evaluation/save_organisation_links.hpp"
#include "app/evaluation/write_feedback.hpp"

namespace collabtender::app {

// PUT /api/v1/bids/{bid_id}/my-scores/{criterion}: {"score": 3 or null,
// "justification", "advice"}; the bid and criterion come from the path.
SaveDraftScore tag_invoke(boost::json::value_to_tag<SaveDraftScore>, const boost::json::value& body);

// POST /api/v1/tenders/{tender_id}/panels: {"name", "lot_id" (null or absent:
// the whole tender), "members": [{"user_id", "kind", "chair"}], "scoring_due_at"
// (optional)}. PUT /api/v1/panels/{panel_id} takes the same without "lot_id".
FormPanel tag_invoke(boost::json::value_to_tag<FormPanel>, const boost::json::value& body);
ChangePanel tag_invoke(boost::json::value_to_tag<ChangePanel>, const boost::json::value& body);

// PUT /api/v1/bids/{bid_id}/conflict-declaration: {"conflicted": false} or
// {"conflicted": true, "description"}.
DeclareConflict tag_invoke(boost::json::value_to_tag<DeclareConflict>, const boost::json::value& body);

// PUT /api/v1/bids/{bid_id}/gate-results/{gate}: {"outcome": "pass" | "fail" |
// "clarification_requested", "reason"}.
RecordGateResult tag_invoke(boost::json::value_to_tag<RecordGateResult>, const boost::json::value& body);

// PUT /api/v1/bids/{bid_id}/consensus/{criterion}: {"score", "rationale"}.
RecordConsensus tag_invoke(boost::json::value_to_tag<RecordConsensus>, const boost::json::value& body);

// PUT /api/v1/bids/{bid_id}/feedback: {"text", "suggested_lot_id": a lot of the
// tender or null, "advice": [{"criterion", "text"}]}.
WriteFeedback tag_invoke(boost::json::value_to_tag<WriteFeedback>, const boost::json::value& body);

// PUT /api/v1/lots/{lot_id}/tie-break: {"order": [bid ids, first ranked first], "reason"}.
BreakTie tag_invoke(boost::json::value_to_tag<BreakTie>, const boost::json::value& body);

// PUT /api/v1/me/organisation-links: {"links": [{"organisation_id" or
// "organisation_name", "kind", "note"}]}, at most 50.
SaveOrganisationLinks tag_invoke(boost::json::value_to_tag<SaveOrganisationLinks>, const boost::json::value& body);

}  // namespace collabtender::app
