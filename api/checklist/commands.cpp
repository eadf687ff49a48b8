#include "api/checklist/commands.hpp"

#include <boost/json.hpp>

#include "api/json_body.hpp"
#include "domain/checklist.hpp"

namespace collabtender::app {

using app::FieldReader, app::Need;

SaveChecklist tag_invoke(boost::json::value_to_tag<SaveChecklist>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    SaveChecklist command;
    fields.objects("elements", [&](std::size_t, app::FieldReader& item) {
        domain::ChecklistElement element;
        item.text("key", element.key);
        item.integer("score", element.score);
        item.text("comments", element.comments, app::Need::optional);
        command.elements.push_back(std::move(element));
    });
    fields.finish(domain::validate_checklist(command.elements));
    return command;
}

}  // namespace collabtender::app
