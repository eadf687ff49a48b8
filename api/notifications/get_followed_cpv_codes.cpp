#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/notifications/notification_json.hpp"
#include "app/notifications/followed_codes.hpp"

namespace collabtender::api {

// GET /api/v1/me/followed-cpv-codes: the kinds of service the caller's
// organisation hears about when a notice or tender is published (app::read_followed_codes).
Response get_followed_cpv_codes(const Request&, Context& context) {
    return json_response(200, followed_codes_json(app::read_followed_codes(*context.db, *context.principal)));
}

}  // namespace collabtender::api
