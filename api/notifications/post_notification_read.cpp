#include "api/handlers.hpp"
#include "api/notifications/notification_json.hpp"
#include "app/notifications/inbox.hpp"

namespace collabtender::api {

// POST /api/v1/notifications/{notification_id}/read: idempotent; another
// person's notification is simply not there (app::mark_read).
Response post_notification_read(const Request& request, Context& context) {
    app::mark_read(*context.db, *context.principal, notification_id(request), context.now);
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
