#include "app/pin/add_information_session.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

persistence::InformationSessionRecord add_information_session(persistence::Connection& db,
                                                              const domain::Principal& commissioner,
                                                              const AddInformationSession& command,
                                                              domain::TimePoint now) {
    domain::refuse_if(domain::merged(command.unreadable, domain::validate(command.session, now)));
    persistence::InformationSessionRecord added;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, command.tender_id, commissioner);
        domain::require_sessions_open(tender.status);
        const auto id = persistence::insert_information_session(tx, tender.id, command.session);
        added = *persistence::find_information_session(tx, tender.id, id);
        append_audit(tx, commissioner, now,
                     {tender.id, "information_session.create", "information_session", id, nullptr,
                      boost::json::object{{"capacity", command.session.capacity}}});
    });
    return added;
}

}  // namespace collabtender::app
