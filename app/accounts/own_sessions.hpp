#pragma once

// A person's own signed-in sessions: where each was opened, when last used, and
// ending any of them (a lost phone, a shared computer).
#include <string>
#include <vector>

#include "domain/time_point.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

// Live sessions, last used first, the one asking (`current`) marked.
std::vector<persistence::SessionListing> list_own_sessions(persistence::Connection& db, const domain::Principal& person,
                                                           const persistence::TokenDigest& current,
                                                           domain::TimePoint now);

// Ends one session of the person's, audited; not_found when they have no such live session.
void end_own_session(persistence::Connection& db, const domain::Principal& person, const std::string& session_id,
                     domain::TimePoint now);

// Ends every session of the person's but the one asking, audited.
void end_other_sessions(persistence::Connection& db, const domain::Principal& person,
                        const persistence::TokenDigest& current, domain::TimePoint now);

}  // namespace collabtender::app
