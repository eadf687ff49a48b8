#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/problem.hpp"
#include "persistence/pin_repository.hpp"

namespace collabtender::api {

// Cancels a booking (the provider's own, or any for the owning body). A freed
// seat goes to the longest-waiting booking in the same transaction.
Response delete_booking(const Request& request, Context& context) {
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        const auto scope = participation_scope(*context.principal, tender);
        const auto session = persistence::find_information_session(tx, tender.id, request.param("session_id"), true);
        if (!session) throw problems::not_found("No such information session.");
        const auto booking = persistence::find_booking(tx, session->id, request.param("booking_id"));
        if (!booking || (scope && booking->organisation_id != *scope)) throw problems::not_found("No such booking.");
        persistence::delete_booking(tx, booking->id);
        std::optional<std::string> promoted;
        if (booking->status == domain::SeatStatus::confirmed)
            promoted = persistence::promote_first_waiting(tx, session->id);
        // The freed seat's new holder, if any, changed too: named here.
        audit(tx, context, {tender.id, "booking.delete", "booking", booking->id,
                            boost::json::object{{"session_id", session->id},
                                                {"organisation_id", booking->organisation_id},
                                                {"status", domain::to_string(booking->status)}},
                            boost::json::object{{"promoted_booking_id",
                                                 promoted ? boost::json::value(*promoted) : nullptr}}});
    });
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
