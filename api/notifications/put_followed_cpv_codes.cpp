#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/notifications/commands.hpp"
#include "api/notifications/notification_json.hpp"
#include "app/notifications/followed_codes.hpp"

namespace collabtender::api {

// PUT /api/v1/me/followed-cpv-codes {"cpv_codes": [...]}: replaces the list (app::follow_codes).
Response put_followed_cpv_codes(const Request& request, Context& context) {
    const auto command = read_command<app::FollowCodes>(request);
    return json_response(200,
                         followed_codes_json(app::follow_codes(*context.db, *context.principal, command, context.now)));
}

}  // namespace collabtender::api
