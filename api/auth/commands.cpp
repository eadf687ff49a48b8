#include "api/auth/commands.hpp"

#include <boost/json.hpp>

#include "api/json_body.hpp"

namespace collabtender::app {

SignIn tag_invoke(boost::json::value_to_tag<SignIn>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    SignIn command;
    command.email = fields.required_string("email");
    command.password = fields.required_string("password");
    std::string kind = "bearer";
    fields.text("session", kind, app::Need::optional);
    command.one_time_code = fields.optional_string("one_time_code");
    command.recovery_code = fields.optional_string("recovery_code");
    domain::Violations more;
    if (kind != "bearer" && kind != "browser") more.push_back({"/session", "invalid_value", "must be bearer or browser"});
    if (command.one_time_code && command.recovery_code)
        more.push_back({"/recovery_code", "one_factor", "give a code from your app or a recovery code, not both"});
    fields.finish(more);
    command.browser = kind == "browser";
    return command;
}

SignOut tag_invoke(boost::json::value_to_tag<SignOut>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    SignOut command;
    fields.boolean("everywhere", command.everywhere, app::Need::optional);
    fields.finish();
    return command;
}

LinkToken tag_invoke(boost::json::value_to_tag<LinkToken>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    LinkToken command{fields.required_string("token")};
    fields.finish();
    return command;
}

LinkPassword tag_invoke(boost::json::value_to_tag<LinkPassword>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    LinkPassword command;
    command.token = fields.required_string("token");
    command.password = fields.required_string("password");
    fields.finish();
    return command;
}

}  // namespace collabtender::app
