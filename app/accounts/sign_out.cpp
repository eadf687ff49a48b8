#include "app/accounts/sign_out.hpp"

#include <boost/json.hpp>

#include "app/accounts/credentials.hpp"
#include "app/audit.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

void sign_out(persistence::Connection& db, const domain::Principal& person, const SignOut& command,
              domain::TimePoint now) {
    db.transact([&](persistence::Tx& tx) {
        if (command.everywhere) persistence::revoke_sessions_of_user(tx, person.user_id, now);
        else persistence::revoke_session(tx, token_digest(command.token), now);
        append_audit(tx, person, now,
                     {std::nullopt, "user.logout", "user", person.user_id, nullptr,
                      boost::json::object{{"session", command.everywhere ? "all revoked" : "revoked"}}});
    });
}

}  // namespace collabtender::app
