#include "api/sections/commands.hpp"

#include <boost/json.hpp>

#include "api/json_body.hpp"
#include "domain/refusal.hpp"
#include "domain/section_comment.hpp"

namespace collabtender::app {

using app::FieldReader, app::Need;

SaveSection tag_invoke(boost::json::value_to_tag<SaveSection>, const boost::json::value& body) {
    SaveSection command;
    for (const auto& [key, value] : body.as_object()) {
        if (key != "content")
            throw domain::invalid_input({{"/" + std::string{key}, "unknown_field", "is not a field of this request"}});
        command.content = value;
    }
    return command;
}

InsertAnswer tag_invoke(boost::json::value_to_tag<InsertAnswer>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    InsertAnswer command;
    fields.text("answer_id", command.answer_id);
    fields.finish();
    return command;
}

MoveSection tag_invoke(boost::json::value_to_tag<MoveSection>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    MoveSection command;
    std::string status;
    fields.text("status", status);
    fields.text("reason", command.reason, app::Need::optional);
    fields.finish(domain::validate_status_name(status));
    command.status = *domain::parse_section_status(status);
    return command;
}

AssignSection tag_invoke(boost::json::value_to_tag<AssignSection>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    AssignSection command;
    auto& wanted = command.assignment;
    fields.nullable_text("owner_organisation_id", wanted.owner_organisation_id);
    fields.nullable_text("owner_user_id", wanted.owner_user_id);
    fields.nullable_text("approver_user_id", wanted.approver_user_id);
    fields.nullable_text("due_date", wanted.due_date);
    fields.finish(domain::validate_assignment(wanted));
    return command;
}

AddComment tag_invoke(boost::json::value_to_tag<AddComment>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    AddComment command;
    fields.text("body", command.body);
    fields.nullable_text("parent_id", command.parent_id);
    fields.texts("mentions", command.mentions, app::Need::optional);
    fields.finish(domain::validate_comment(command.body, command.mentions));
    return command;
}

ResolveComment tag_invoke(boost::json::value_to_tag<ResolveComment>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    ResolveComment command;
    fields.boolean("resolved", command.resolved);
    fields.finish();
    return command;
}

ShowPresence tag_invoke(boost::json::value_to_tag<ShowPresence>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    ShowPresence command;
    fields.text("mode", command.mode);
    fields.finish(domain::validate_presence_mode(command.mode));
    return command;
}

SignOffDraft tag_invoke(boost::json::value_to_tag<SignOffDraft>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    SignOffDraft command;
    fields.text("draft_sha256", command.draft_sha256);
    fields.finish();
    return command;
}

}  // namespace collabtender::app
