#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/users/account_json.hpp"
#include "app/accounts/two_factor.hpp"

namespace collabtender::api {

// POST /api/v1/users/{user_id}/two-factor-reset {"reason"} (app::reset_two_factor):
// for someone who lost their phone and their recovery codes.
Response post_two_factor_reset(const Request& request, Context& context) {
    const auto reason = read_reason(request);
    const auto account = app::reset_two_factor(*context.db, *context.principal,
                                               domain::UserId{request.param("user_id")}, reason, context.now);
    return json_response(200, account_json(account));
}

}  // namespace collabtender::api
