#include "api/tenders/commands.hpp"

#include <boost/json.hpp>

#include "api/json_body.hpp"
#include "api/tenders/tender_json.hpp"

#include "domain/minimum_bids_waiver.hpp"
#include "domain/text.hpp"

namespace collabtender::app {

WaiveMinimumBids tag_invoke(boost::json::value_to_tag<WaiveMinimumBids>, const boost::json::value& body) {
    api::FieldReader fields{body.as_object()};
    WaiveMinimumBids command;
    fields.integer("stage", command.stage);
    fields.text("reason", command.reason);
    fields.finish(domain::check_waiver(command.stage, command.reason));
    return command;
}

AddLot tag_invoke(boost::json::value_to_tag<AddLot>, const boost::json::value& body) {
    api::FieldReader fields{body.as_object()};
    AddLot command;
    api::read_lot(fields, command.lot);
    fields.finish(domain::validate(command.lot));
    return command;
}

ChangeDeadline tag_invoke(boost::json::value_to_tag<ChangeDeadline>, const boost::json::value& body) {
    api::FieldReader fields{body.as_object()};
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
    FieldReader fields{body.as_object()};
    StepBody out;
    fields.text("reason", out.reason, Need::optional);
    fields.finish();
    return out;
}

CancelBody tag_invoke(boost::json::value_to_tag<CancelBody>, const boost::json::value& body) {
    FieldReader fields{body.as_object()};
    CancelBody out;
    fields.text("reason", out.reason);
    fields.finish();
    return out;
}

FeedbackBody tag_invoke(boost::json::value_to_tag<FeedbackBody>, const boost::json::value& body) {
    FieldReader fields{body.as_object()};
    FeedbackBody out;
    fields.text("reason", out.reason, Need::optional);
    fields.boolean("show_scores", out.show_scores, Need::optional);
    fields.finish();
    return out;
}

}  // namespace collabtender::api
