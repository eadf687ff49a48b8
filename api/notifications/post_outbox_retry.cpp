#include "api/handlers.hpp"
#include "api/notifications/notification_json.hpp"
#include "app/notifications/outbox.hpp"

namespace collabtender::api {

// POST /api/v1/admin/outbox/{notification_id}/retry: a failed email is sent
// again (app::retry_email).
Response post_outbox_retry(const Request& request, Context& context) {
    app::retry_email(*context.db, *context.principal, notification_id(request), context.now);
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
