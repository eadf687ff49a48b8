#pragma once

// "Forgot your password?": a single-use link by email, for 30 minutes, that sets
// a new password and ends every session of the person.
#include <string>

#include "domain/time_point.hpp"
#include "persistence/database.hpp"

namespace collabtender::app {

// Sends a reset link to the address if it is an active account's, at most
// domain::reset_links_per_hour times an hour; otherwise sends nothing. Refuses
// nothing and returns nothing, so that the answer is the same whether the address
// is known or not.
void request_password_reset(persistence::Connection& db, const std::string& email, domain::TimePoint now);

// The email a live reset link is for, so that the page can say whose password it
// sets, or that the link is dead (link_invalid) before anything is typed.
std::string read_password_reset(persistence::Connection& db, const std::string& token, domain::TimePoint now);

// The person behind a live reset link chooses a new password: the link dies,
// every session of theirs ends, their sign-in failures are forgotten, and they are
// told by email; audited with them as the actor. Refuses a link that is unknown,
// used, replaced or expired (link_invalid) and a password that breaks
// domain::check_new_password (invalid, at /password). Returns their email, to
// sign in with.
std::string complete_password_reset(persistence::Connection& db, const std::string& token, const std::string& password,
                                    domain::TimePoint now);

}  // namespace collabtender::app
