#include "api/library/commands.hpp"

#include <boost/json.hpp>

#include "api/json_body.hpp"
#include "domain/library.hpp"

namespace collabtender::persistence {

LibraryAnswer tag_invoke(boost::json::value_to_tag<LibraryAnswer>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    LibraryAnswer answer;
    fields.text("title", answer.title);
    fields.text("text", answer.text);
    fields.texts("tags", answer.tags, app::Need::optional);
    fields.nullable_text("last_reviewed", answer.last_reviewed);
    fields.finish(domain::validate_library_answer(answer.title, answer.text, answer.tags, answer.last_reviewed));
    return answer;
}

}  // namespace collabtender::persistence
