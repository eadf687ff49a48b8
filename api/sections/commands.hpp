#pragma once

// Request bodies read into the sections' commands (api/json_body.hpp's
// read_command). In app's namespace, where value_to finds them.
#include <boost/json/fwd.hpp>

#include "app/sections/assign_section.hpp"
#include "app/sections/comments.hpp"
#include "app/sections/insert_answer.hpp"
#include "app/sections/move_section.hpp"
#include "app/sections/presence.hpp"
#include "app/sections/save_section.hpp"
#include "app/sections/sign_offs.hpp"

namespace collabtender::app {

// PUT …/sections/{section}/content: {"content": the response text, the
// declaration object, or null}; any other field is refused at once.
SaveSection tag_invoke(boost::json::value_to_tag<SaveSection>, const boost::json::value& body);

// POST …/sections/{section}/answer-insertions: {"answer_id"}.
InsertAnswer tag_invoke(boost::json::value_to_tag<InsertAnswer>, const boost::json::value& body);

// POST …/sections/{section}/status: {"status", "reason"}.
MoveSection tag_invoke(boost::json::value_to_tag<MoveSection>, const boost::json::value& body);

// PUT …/sections/{section}/assignment: {"owner_organisation_id", "owner_user_id",
// "approver_user_id", "due_date"}, each nullable.
AssignSection tag_invoke(boost::json::value_to_tag<AssignSection>, const boost::json::value& body);

// POST …/sections/{section}/comments: {"body", "parent_id", "mentions": [user ids]}.
AddComment tag_invoke(boost::json::value_to_tag<AddComment>, const boost::json::value& body);

// POST …/comments/{comment_id}/resolution: {"resolved"}.
ResolveComment tag_invoke(boost::json::value_to_tag<ResolveComment>, const boost::json::value& body);

// PUT …/sections/{section}/presence: {"mode": "viewing" | "editing"}.
ShowPresence tag_invoke(boost::json::value_to_tag<ShowPresence>, const boost::json::value& body);

// POST /api/v1/bids/{bid_id}/sign-offs: {"draft_sha256"}.
SignOffDraft tag_invoke(boost::json::value_to_tag<SignOffDraft>, const boost::json::value& body);

}  // namespace collabtender::app
