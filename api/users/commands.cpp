#include "api/users/commands.hpp"

#include <boost/json.hpp>

#include "api/json_body.hpp"

namespace collabtender::app {

ChangePerson tag_invoke(boost::json::value_to_tag<ChangePerson>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    ChangePerson command;
    bool value = false;
    if (fields.boolean("authorised_signatory", value, app::Need::optional)) command.authorised_signatory = value;
    if (fields.boolean("organisation_admin", value, app::Need::optional)) command.organisation_admin = value;
    domain::Violations nothing;  // a change that changes nothing would still be audited
    if (!command.authorised_signatory && !command.organisation_admin && body.as_object().empty())
        nothing.push_back({"", "empty", "name authorised_signatory or organisation_admin"});
    fields.finish(nothing);
    return command;
}

}  // namespace collabtender::app
