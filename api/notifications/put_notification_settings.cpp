#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/notifications/commands.hpp"
#include "api/notifications/notification_json.hpp"
#include "app/notifications/email_settings.hpp"

namespace collabtender::api {

// PUT /api/v1/me/notification-settings {"email": {"kind": true|false, ...}}: the
// kinds named change, others stay; formal notices cannot be switched off (app::choose_emails).
Response put_notification_settings(const Request& request, Context& context) {
    const auto command = read_command<app::ChooseEmails>(request);
    return json_response(200, email_settings_json(app::choose_emails(*context.db, *context.principal, command)));
}

}  // namespace collabtender::api
