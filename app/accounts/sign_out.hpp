#pragma once

#include <string>

#include "domain/accounts.hpp"
#include "domain/time_point.hpp"
#include "persistence/database.hpp"

namespace collabtender::app {

struct SignOut {
    std::string token;        // the session the request was made with
    bool everywhere = false;  // every session of the person instead
};

// Ends the session, or every session of the person, audited. Refuses nothing.
void sign_out(persistence::Connection& db, const domain::Principal& person, const SignOut& command,
              domain::TimePoint now);

}  // namespace collabtender::app
