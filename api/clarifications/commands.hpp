#pragma once

// Request bodies read into the clarifications' commands (api/json_body.hpp's
// read_command). In app's namespace, where value_to finds them.
#include <boost/json/fwd.hpp>

#include "app/clarifications/answer_clarification.hpp"
#include "app/clarifications/ask_question.hpp"
#include "app/clarifications/publish_clarification.hpp"

namespace collabtender::app {

// POST /api/v1/tenders/{tender_id}/clarifications: {"question", "lot_id": id or null}.
AskQuestion tag_invoke(boost::json::value_to_tag<AskQuestion>, const boost::json::value& body);

// POST …/clarifications/{clarification_id}/answer: {"answer", "publish"} and a
// publication's fields: "published_question", "lot_correction" {"lot_id",
// "changes": {lot fields}}, "changes_tender_documents".
AnswerClarification tag_invoke(boost::json::value_to_tag<AnswerClarification>, const boost::json::value& body);

// POST …/clarifications/{clarification_id}/publish: a publication's fields, or no body.
PublishClarification tag_invoke(boost::json::value_to_tag<PublishClarification>, const boost::json::value& body);

}  // namespace collabtender::app
