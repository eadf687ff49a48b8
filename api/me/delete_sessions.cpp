#include "api/credentials.hpp"
#include "api/handlers.hpp"
#include "app/accounts/credentials.hpp"
#include "app/accounts/own_sessions.hpp"

namespace collabtender::api {

// DELETE /api/v1/me/sessions (app::end_other_sessions): every session of the
// person's but this one is signed out.
Response delete_sessions(const Request& request, Context& context) {
    const auto current =
        app::token_digest(request_token(request.header("authorization"), request.header("cookie")).value());
    app::end_other_sessions(*context.db, *context.principal, current, context.now);
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
