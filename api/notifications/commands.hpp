#pragma once

// Request bodies read into the notifications' commands (api/json_body.hpp's
// read_command). In app's namespace, where value_to finds them.
#include <boost/json/fwd.hpp>

#include "app/notifications/email_settings.hpp"
#include "app/notifications/followed_codes.hpp"

namespace collabtender::app {

// PUT /api/v1/me/notification-settings: {"email": {"<kind>": true|false, ...}}.
// Which kinds the person may name depends on their role: the use case checks.
ChooseEmails tag_invoke(boost::json::value_to_tag<ChooseEmails>, const boost::json::value& body);

// PUT /api/v1/me/followed-cpv-codes: {"cpv_codes": [...]}, at most 50 valid codes.
FollowCodes tag_invoke(boost::json::value_to_tag<FollowCodes>, const boost::json::value& body);

}  // namespace collabtender::app
