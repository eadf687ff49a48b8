#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/notifications/notification_json.hpp"
#include "app/notifications/email_settings.hpp"

namespace collabtender::api {

// GET /api/v1/me/notification-settings: per kind, whether it also comes by
// email (app::read_email_settings).
Response get_notification_settings(const Request&, Context& context) {
    return json_response(200, email_settings_json(app::read_email_settings(*context.db, *context.principal)));
}

}  // namespace collabtender::api
