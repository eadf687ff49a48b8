#include "api/evaluation/commands.hpp"

#include <boost/json.hpp>

#include "api/json_body.hpp"

namespace collabtender::app {

using api::FieldReader, api::Need;

SaveDraftScore tag_invoke(boost::json::value_to_tag<SaveDraftScore>, const boost::json::value& body) {
    FieldReader fields{body.as_object()};
    SaveDraftScore command;
    fields.nullable_integer("score", command.score.score);
    fields.text("justification", command.score.justification, Need::optional);
    fields.text("advice", command.score.advice, Need::optional);
    fields.finish();
    return command;
}

}  // namespace collabtender::app
