#include "api/handlers.hpp"
#include "app/accounts/own_sessions.hpp"

namespace collabtender::api {

// DELETE /api/v1/me/sessions/{session_id} (app::end_own_session): that session
// is signed out at once.
Response delete_session(const Request& request, Context& context) {
    app::end_own_session(*context.db, *context.principal, request.param("session_id"), context.now);
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
