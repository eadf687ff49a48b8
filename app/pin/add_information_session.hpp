#pragma once

#include <string>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/information_session.hpp"
#include "domain/time_point.hpp"
#include "persistence/pin_repository.hpp"

namespace collabtender::app {

struct AddInformationSession {
    domain::TenderId tender_id;
    domain::InformationSession session;
    // What the request body got wrong, reported together with the session's own
    // findings: whether it is in the future depends on the time of the request.
    domain::Violations unreadable;
};

// An information session announced with the PIN. Refuses an unreadable or
// invalid session (invalid, before the tender is read), a tender the caller may
// not manage (not_found, forbidden) and one past stage 1 (sessions_closed).
persistence::InformationSessionRecord add_information_session(persistence::Connection& db,
                                                              const domain::Principal& commissioner,
                                                              const AddInformationSession& command,
                                                              domain::TimePoint now);

}  // namespace collabtender::app
