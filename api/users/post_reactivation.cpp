#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/users/account_json.hpp"
#include "app/accounts/deactivation.hpp"

namespace collabtender::api {

// POST /api/v1/users/{user_id}/reactivation {"reason"} (app::reactivate_person).
Response post_reactivation(const Request& request, Context& context) {
    const auto reason = read_reason(request);
    const auto account = app::reactivate_person(*context.db, *context.principal,
                                                domain::UserId{request.param("user_id")}, reason, context.now);
    return json_response(200, account_json(account));
}

}  // namespace collabtender::api
