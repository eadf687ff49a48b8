#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/notifications/notification_json.hpp"
#include "app/notifications/email_settings.hpp"

namespace collabtender::api {

// GET /api/v1/unsubscribe?token=: what the link would stop, changing nothing
// (app::read_unsubscribe).
Response get_unsubscribe(const Request& request, Context& context) {
    return json_response(200, email_setting_json(app::read_unsubscribe(*context.db, unsubscribe_token(request))));
}

}  // namespace collabtender::api
