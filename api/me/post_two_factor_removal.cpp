#include "api/handlers.hpp"
#include "api/me/two_factor_json.hpp"
#include "app/accounts/two_factor.hpp"

namespace collabtender::api {

// POST /api/v1/me/two-factor/removal {"one_time_code"} (app::turn_off_two_factor).
Response post_two_factor_removal(const Request& request, Context& context) {
    const auto code = read_one_time_code(request);
    app::turn_off_two_factor(*context.db, *context.principal, code, context.now);
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
