#include "app/pin/information_session.hpp"

#include "domain/refusal.hpp"

namespace collabtender::app {

persistence::InformationSessionRecord session_of(persistence::Tx& tx, const domain::TenderId& tender_id,
                                                 const domain::InformationSessionId& session_id, bool lock) {
    auto session = persistence::find_information_session(tx, tender_id, session_id, lock);
    if (!session) throw domain::Refusal{domain::RefusalCode::not_found, "No such information session."};
    return std::move(*session);
}

}  // namespace collabtender::app
