#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/me/two_factor_json.hpp"
#include "app/accounts/two_factor.hpp"

namespace collabtender::api {

// POST /api/v1/me/two-factor/recovery-codes {"one_time_code"}
// (app::replace_recovery_codes): ten new codes, shown once; the old ones die.
Response post_recovery_codes(const Request& request, Context& context) {
    const auto code = read_one_time_code(request);
    return json_response(
        200, recovery_codes_json(app::replace_recovery_codes(*context.db, *context.principal, code, context.now)));
}

}  // namespace collabtender::api
