#include "api/clarifications/commands.hpp"

#include <boost/json.hpp>

#include "api/json_body.hpp"
#include "api/tenders/tender_json.hpp"
#include "domain/clarification.hpp"

namespace collabtender::app {

using app::FieldReader, app::Need;

namespace {

Publication read_publication(app::FieldReader& fields) {
    Publication out;
    fields.nullable_text("published_question", out.published_question);
    if (const auto* correction = fields.object("lot_correction", app::Need::optional)) {
        app::FieldReader reader{*correction, fields.pointer("lot_correction")};
        LotCorrection read;
        reader.text("lot_id", read.lot_id);
        if (const auto* changes = reader.object("changes")) {
            app::FieldReader patch{*changes, reader.pointer("changes"), true};
            read.changes = api::read_lot_patch(patch);
            read.unreadable = patch.findings();
            read.as_sent = *changes;
        }
        fields.absorb(reader);
        out.lot_correction = std::move(read);
    }
    fields.boolean("changes_tender_documents", out.changes_tender_documents, app::Need::optional);
    return out;
}

}  // namespace

AskQuestion tag_invoke(boost::json::value_to_tag<AskQuestion>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    AskQuestion command;
    fields.text("question", command.question);
    fields.nullable_text("lot_id", command.lot_id);
    fields.finish(domain::validate_question(command.question));
    return command;
}

AnswerClarification tag_invoke(boost::json::value_to_tag<AnswerClarification>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    AnswerClarification command;
    fields.text("answer", command.answer);
    fields.boolean("publish", command.publish, app::Need::optional);
    command.publication = read_publication(fields);
    fields.finish(domain::validate_answer(command.answer, command.publication.published_question));
    return command;
}

PublishClarification tag_invoke(boost::json::value_to_tag<PublishClarification>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    PublishClarification command;
    command.publication = read_publication(fields);
    fields.finish(domain::validate_published_question(command.publication.published_question));
    return command;
}

}  // namespace collabtender::app
