#include "api/handlers.hpp"
#include "app/notifications/inbox.hpp"

namespace collabtender::api {

// POST /api/v1/notifications/read-all (app::mark_all_read).
Response post_notifications_read_all(const Request&, Context& context) {
    app::mark_all_read(*context.db, *context.principal, context.now);
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
