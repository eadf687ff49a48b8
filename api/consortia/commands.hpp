#pragma once

// Request bodies read into the consortia's commands (api/json_body.hpp's
// read_command). In app's namespace, where value_to finds them.
#include <boost/json/fwd.hpp>

#include "app/consortia/acknowledge_mou.hpp"
#include "app/consortia/answer_invitation.hpp"
#include "app/consortia/change_member.hpp"
#include "app/consortia/form_consortium.hpp"
#include "app/consortia/invite_member.hpp"

namespace collabtender::app {

// POST /api/v1/tenders/{tender_id}/consortia: {"name", "lead_share_bp" (optional)}.
FormConsortium tag_invoke(boost::json::value_to_tag<FormConsortium>, const boost::json::value& body);

// POST /api/v1/consortia/{consortium_id}/members: {"organisation_id", "role", "share_bp"}.
InviteMember tag_invoke(boost::json::value_to_tag<InviteMember>, const boost::json::value& body);

// POST …/invitation/{accept|decline}: the terms shown, {"role", "share_bp"}, both optional.
AnswerInvitation tag_invoke(boost::json::value_to_tag<AnswerInvitation>, const boost::json::value& body);

// PATCH …/members/{organisation_id}: {"role", "share_bp"}, each optional. What the
// body gets wrong is kept in the command, reported once the member is found.
ChangeMember tag_invoke(boost::json::value_to_tag<ChangeMember>, const boost::json::value& body);

// POST …/mou/acknowledgement: {"sha256"}.
AcknowledgeMou tag_invoke(boost::json::value_to_tag<AcknowledgeMou>, const boost::json::value& body);

}  // namespace collabtender::app
