#include "api/notifications/commands.hpp"

#include <boost/json.hpp>

#include "api/json_body.hpp"
#include "domain/cpv.hpp"

namespace collabtender::app {

ChooseEmails tag_invoke(boost::json::value_to_tag<ChooseEmails>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    ChooseEmails command;
    if (const auto* email = fields.object("email"))
        for (const auto& [kind, value] : *email)
            command.choices.push_back(
                {std::string{kind}, value.is_bool() ? std::optional{value.as_bool()} : std::nullopt});
    command.unreadable = fields.findings();
    return command;
}

FollowCodes tag_invoke(boost::json::value_to_tag<FollowCodes>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    FollowCodes command;
    fields.texts("cpv_codes", command.codes);
    fields.add(domain::check_followed_codes(command.codes));
    fields.finish();
    return command;
}

}  // namespace collabtender::app
