#include "api/pin/commands.hpp"

#include <boost/json.hpp>

#include "api/json_body.hpp"

namespace collabtender::app {

using app::FieldReader, app::Need;

AddInformationSession tag_invoke(boost::json::value_to_tag<AddInformationSession>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    AddInformationSession command;
    auto& session = command.session;
    std::optional<domain::TimePoint> starts_at, ends_at;
    fields.nullable_time("starts_at", starts_at);
    fields.nullable_time("ends_at", ends_at);
    if (!starts_at) fields.add({"/starts_at", "required", "is required"});
    if (!ends_at) fields.add({"/ends_at", "required", "is required"});
    session.starts_at = starts_at.value_or(domain::TimePoint{});
    session.ends_at = ends_at.value_or(domain::TimePoint{});
    fields.text("place", session.place, app::Need::optional);
    fields.text("online_link", session.online_link, app::Need::optional);
    fields.integer("capacity", session.capacity);
    command.unreadable = fields.findings();
    return command;
}

}  // namespace collabtender::app
