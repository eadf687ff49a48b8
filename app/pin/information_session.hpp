#pragma once

#include <string>

#include "domain/ids.hpp"
#include "persistence/pin_repository.hpp"

namespace collabtender::app {

// An information session as its path names it:
// /tenders/{tender_id}/information-sessions/{session_id}.
struct SessionRef {
    domain::TenderId tender_id;
    domain::InformationSessionId session_id;
};

// A session of the tender, for every use case that names one: not_found when the
// tender has no such session. With `lock`, bookings of it wait for this
// transaction (persistence::find_information_session).
persistence::InformationSessionRecord session_of(persistence::Tx& tx, const domain::TenderId& tender_id,
                                                 const domain::InformationSessionId& session_id, bool lock = false);

}  // namespace collabtender::app
