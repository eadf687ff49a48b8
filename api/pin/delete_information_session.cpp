#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/problem.hpp"
#include "persistence/pin_repository.hpp"

namespace collabtender::api {

// Cancels a session and its bookings.
Response delete_information_session(const Request& request, Context& context) {
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, request.param("tender_id"), context.principal);
        const auto session = persistence::find_information_session(tx, tender.id, request.param("session_id"), true);
        if (!session) throw problems::not_found("No such information session.");
        persistence::delete_information_session(tx, session->id);
        // Its bookings go with it: the counts say how many.
        audit(tx, context, {tender.id, "information_session.delete", "information_session", session->id,
                            boost::json::object{{"capacity", session->details.capacity},
                                                {"confirmed", session->confirmed},
                                                {"waiting", session->waiting}},
                            nullptr});
    });
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
