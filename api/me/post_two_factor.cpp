#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/me/two_factor_json.hpp"
#include "app/accounts/two_factor.hpp"

namespace collabtender::api {

// POST /api/v1/me/two-factor {"one_time_code"} (app::confirm_enrolment): the
// app's first code turns two-factor sign-in on; the recovery codes, shown once.
Response post_two_factor(const Request& request, Context& context) {
    const auto code = read_one_time_code(request);
    return json_response(
        200, recovery_codes_json(app::confirm_enrolment(*context.db, *context.principal, code, context.now)));
}

}  // namespace collabtender::api
