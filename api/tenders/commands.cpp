#include "api/tenders/commands.hpp"

#include <boost/json.hpp>

#include "api/json_body.hpp"
#include "api/tenders/tender_json.hpp"

#include "domain/minimum_bids_waiver.hpp"
#include "domain/required_document.hpp"
#include "domain/text.hpp"

namespace collabtender::app {
namespace {

// A merge patch read by `read_patch`, what is wrong in it kept rather than
// refused: it is reported with the record's own rules once the change may be made.
template <class Command, class Patch>
Command patch_command(const boost::json::value& body, Patch (*read_patch)(app::FieldReader&)) {
    app::FieldReader fields{body.as_object(), "", true};
    Command command;
    command.changes = read_patch(fields);
    command.unreadable = fields.findings();
    command.fields = field_names(body.as_object());
    return command;
}

}  // namespace

CreateTender tag_invoke(boost::json::value_to_tag<CreateTender>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    CreateTender command;
    api::read_tender(fields, command.details);
    fields.finish(domain::validate(command.details));
    return command;
}

ChangeTender tag_invoke(boost::json::value_to_tag<ChangeTender>, const boost::json::value& body) {
    return patch_command<ChangeTender>(body, api::read_tender_patch);
}

ChangeLot tag_invoke(boost::json::value_to_tag<ChangeLot>, const boost::json::value& body) {
    return patch_command<ChangeLot>(body, api::read_lot_patch);
}

SetCriteria tag_invoke(boost::json::value_to_tag<SetCriteria>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    SetCriteria command;
    command.criteria = api::read_criteria(fields);
    command.unreadable = fields.findings();
    return command;
}

SetGates tag_invoke(boost::json::value_to_tag<SetGates>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    SetGates command;
    command.gates = api::read_gates(fields);
    command.unreadable = fields.findings();
    return command;
}

SetRequiredDocuments tag_invoke(boost::json::value_to_tag<SetRequiredDocuments>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    SetRequiredDocuments command;
    domain::Violations broken;
    const auto listed = fields.objects("documents", [&](std::size_t i, app::FieldReader& item) {
        domain::RequiredDocument document;
        item.text("title", document.title);
        item.text("guidance", document.guidance, app::Need::optional);
        const auto wrong = domain::validate(document, "/documents/" + std::to_string(i));
        broken.insert(broken.end(), wrong.begin(), wrong.end());
        command.documents.push_back(std::move(document));
    });
    const auto too_many = domain::check_required_document_count(listed);
    broken.insert(broken.end(), too_many.begin(), too_many.end());
    fields.finish(broken);
    return command;
}

WaiveMinimumBids tag_invoke(boost::json::value_to_tag<WaiveMinimumBids>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    WaiveMinimumBids command;
    fields.integer("stage", command.stage);
    fields.text("reason", command.reason);
    fields.finish(domain::check_waiver(command.stage, command.reason));
    return command;
}

AddLot tag_invoke(boost::json::value_to_tag<AddLot>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    AddLot command;
    api::read_lot(fields, command.lot);
    fields.finish(domain::validate(command.lot));
    return command;
}

ChangeDeadline tag_invoke(boost::json::value_to_tag<ChangeDeadline>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    ChangeDeadline command;
    std::optional<domain::TimePoint> deadline;
    fields.integer("stage", command.change.stage);
    fields.nullable_time("deadline", deadline);
    fields.text("reason", command.reason);
    domain::Violations more;
    if (!deadline) more.push_back({"/deadline", "required", "is required"});
    domain::check_text(more, command.reason, "/reason", 1, 2000);
    fields.finish(more);
    command.change.deadline = *deadline;
    return command;
}

}  // namespace collabtender::app

namespace collabtender::api {

StepBody tag_invoke(boost::json::value_to_tag<StepBody>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    StepBody out;
    fields.text("reason", out.reason, app::Need::optional);
    fields.finish();
    return out;
}

CancelBody tag_invoke(boost::json::value_to_tag<CancelBody>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    CancelBody out;
    fields.text("reason", out.reason);
    fields.finish();
    return out;
}

FeedbackBody tag_invoke(boost::json::value_to_tag<FeedbackBody>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    FeedbackBody out;
    fields.text("reason", out.reason, app::Need::optional);
    fields.boolean("show_scores", out.show_scores, app::Need::optional);
    fields.finish();
    return out;
}

}  // namespace collabtender::api
