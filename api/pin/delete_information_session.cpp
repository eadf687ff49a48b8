#include "api/handlers.hpp"
#include "app/pin/cancel_information_session.hpp"

namespace collabtender::api {

// DELETE /api/v1/tenders/{tender_id}/information-sessions/{session_id}: the
// session and its bookings (app::cancel_information_session).
Response delete_information_session(const Request& request, Context& context) {
    app::cancel_information_session(
        *context.db, *context.principal,
        {domain::TenderId{request.param("tender_id")}, domain::InformationSessionId{request.param("session_id")}},
        context.now);
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
