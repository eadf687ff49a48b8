#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/notifications/notification_json.hpp"
#include "app/notifications/email_settings.hpp"

namespace collabtender::api {

// POST /api/v1/unsubscribe?token=: the link in an email (and RFC 8058's one-click
// POST) stops that kind of email for its recipient, without signing in (app::unsubscribe).
Response post_unsubscribe(const Request& request, Context& context) {
    return json_response(200, email_setting_json(app::unsubscribe(*context.db, unsubscribe_token(request))));
}

}  // namespace collabtender::api
