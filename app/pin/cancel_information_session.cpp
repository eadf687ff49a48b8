#include "app/pin/cancel_information_session.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/tenders/tender_access.hpp"

namespace collabtender::app {

void cancel_information_session(persistence::Connection& db, const domain::Principal& commissioner,
                                const SessionRef& wanted, domain::TimePoint now) {
    db.transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, wanted.tender_id, commissioner);
        const auto session = session_of(tx, tender.id, wanted.session_id, true);
        persistence::delete_information_session(tx, session.id);
        // Its bookings go with it: the counts say how many.
        append_audit(tx, commissioner, now,
                     {tender.id, "information_session.delete", "information_session", session.id,
                      boost::json::object{{"capacity", session.details.capacity},
                                          {"confirmed", session.confirmed},
                                          {"waiting", session.waiting}},
                      nullptr});
    });
}

}  // namespace collabtender::app
