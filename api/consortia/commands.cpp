#include "api/consortia/commands.hpp"

#include <boost/json.hpp>

#include "api/json_body.hpp"
#include "domain/consortium.hpp"

namespace collabtender::app {

using app::FieldReader, app::Need;

FormConsortium tag_invoke(boost::json::value_to_tag<FormConsortium>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    FormConsortium command;
    fields.text("name", command.name);
    fields.integer("lead_share_bp", command.lead_share_bp, app::Need::optional);
    fields.finish(domain::validate_consortium(command.name, command.lead_share_bp));
    return command;
}

InviteMember tag_invoke(boost::json::value_to_tag<InviteMember>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    InviteMember command;
    std::string role;
    fields.text("organisation_id", command.organisation_id);
    fields.text("role", role);
    fields.integer("share_bp", command.share_bp);
    const auto parsed = domain::parse_member_role(role);
    fields.finish(domain::validate_invitation(parsed, command.share_bp));
    command.role = *parsed;
    return command;
}

AnswerInvitation tag_invoke(boost::json::value_to_tag<AnswerInvitation>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    AnswerInvitation command;
    int shown_share_bp = -1;
    fields.text("role", command.shown_role, app::Need::optional);
    fields.integer("share_bp", shown_share_bp, app::Need::optional);
    fields.finish();
    if (shown_share_bp >= 0) command.shown_share_bp = shown_share_bp;  // a negative share names nothing
    return command;
}

ChangeMember tag_invoke(boost::json::value_to_tag<ChangeMember>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object(), "", true};
    ChangeMember command;
    std::string role;
    int share_bp = 0;
    if (fields.text("role", role)) command.role = role;
    if (fields.integer("share_bp", share_bp)) command.share_bp = share_bp;
    command.unreadable = fields.findings();
    return command;
}

AcknowledgeMou tag_invoke(boost::json::value_to_tag<AcknowledgeMou>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    AcknowledgeMou command;
    fields.text("sha256", command.sha256);
    fields.finish();
    return command;
}

}  // namespace collabtender::app
