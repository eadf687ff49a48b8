#include "app/accounts/own_sessions.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

std::vector<persistence::SessionListing> list_own_sessions(persistence::Connection& db, const domain::Principal& person,
                                                           const persistence::TokenDigest& current,
                                                           domain::TimePoint now) {
    std::vector<persistence::SessionListing> out;
    db.transact([&](persistence::Tx& tx) { out = persistence::live_sessions(tx, person.user_id, current, now); });
    return out;
}

void end_own_session(persistence::Connection& db, const domain::Principal& person, const std::string& session_id,
                     domain::TimePoint now) {
    db.transact([&](persistence::Tx& tx) {
        if (!persistence::revoke_session_by_id(tx, person.user_id, session_id, now))
            throw domain::Refusal{domain::RefusalCode::not_found, "You have no such signed-in session."};
        append_audit(tx, person, now,
                     {std::nullopt, "user.logout", "user", person.user_id, nullptr,
                      boost::json::object{{"session", session_id}}});
    });
}

void end_other_sessions(persistence::Connection& db, const domain::Principal& person,
                        const persistence::TokenDigest& current, domain::TimePoint now) {
    db.transact([&](persistence::Tx& tx) {
        persistence::revoke_other_sessions(tx, person.user_id, current, now);
        append_audit(tx, person, now,
                     {std::nullopt, "user.logout", "user", person.user_id, nullptr,
                      boost::json::object{{"session", "all others revoked"}}});
    });
}

}  // namespace collabtender::app
