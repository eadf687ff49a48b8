#include "api/notifications/notification_json.hpp"

#include <boost/json.hpp>

#include "api/problem.hpp"
#include "api/query.hpp"
#include "domain/cpv.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {

std::int64_t notification_id(const Request& request) {
    const auto& text = request.param("notification_id");
    if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos)
        throw problems::not_found("No such notification.");
    return std::stoll(text);
}

std::string unsubscribe_token(const Request& request) {
    const auto parameters = query_parameters(request, {"token"});
    return parameters.contains("token") ? parameters.at("token") : std::string{};
}

boost::json::object email_setting_json(const app::EmailSetting& setting) {
    return {{"kind", setting.kind},
            {"description", setting.description},
            {"can_switch_off", setting.can_switch_off},
            {"email", setting.email}};
}

boost::json::object email_settings_json(const std::vector<app::EmailSetting>& settings) {
    boost::json::array items;
    for (const auto& setting : settings) items.push_back(email_setting_json(setting));
    return {{"items", std::move(items)}};
}

boost::json::object followed_codes_json(const app::FollowedCodes& followed) {
    boost::json::value changed_by = nullptr, changed_at = nullptr;
    if (followed.changed) {
        changed_at = boost::json::value(domain::format_rfc3339(followed.changed->at));
        if (followed.changed->user_id)
            changed_by = boost::json::object{{"id", *followed.changed->user_id},
                                             {"display_name", *followed.changed->display_name}};
    }
    boost::json::array items;
    for (const auto& code : followed.codes) {
        const auto title = domain::cpv_title(std::string_view{code}.substr(0, 8));
        items.push_back(boost::json::object{
            {"code", code}, {"title", title ? boost::json::value(std::string{*title}) : boost::json::value(nullptr)}});
    }
    return {{"cpv_codes", boost::json::array(followed.codes.begin(), followed.codes.end())},
            {"items", std::move(items)},
            {"changed_by", std::move(changed_by)},
            {"changed_at", std::move(changed_at)}};
}

}  // namespace collabtender::api
