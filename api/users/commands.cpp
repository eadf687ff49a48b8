#include "api/users/commands.hpp"

#include <boost/json.hpp>

#include "api/json_body.hpp"

namespace collabtender::app {

NameSignatory tag_invoke(boost::json::value_to_tag<NameSignatory>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    NameSignatory command;
    fields.boolean("authorised_signatory", command.authorised_signatory);
    fields.finish();
    return command;
}

}  // namespace collabtender::app
