#pragma once

#include <cstdint>
#include <vector>

#include <boost/json/object.hpp>

#include "api/http.hpp"
#include "app/notifications/email_settings.hpp"
#include "app/notifications/followed_codes.hpp"

namespace collabtender::api {

// The {notification_id} of the path; an id that cannot be one is not there (404).
std::int64_t notification_id(const Request& request);
// The ?token= of an unsubscribe link; empty when there is none.
std::string unsubscribe_token(const Request& request);

boost::json::object email_setting_json(const app::EmailSetting& setting);
// {"items": [each kind's setting]}.
boost::json::object email_settings_json(const std::vector<app::EmailSetting>& settings);

// The codes, and each with its title where the service knows it (health and
// social work codes), so a page can show names rather than digits; and who at
// the organisation replaced the list last.
boost::json::object followed_codes_json(const app::FollowedCodes& followed);

}  // namespace collabtender::api
