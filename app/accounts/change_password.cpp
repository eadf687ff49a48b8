#include "app/accounts/change_password.hpp"

#include <boost/json.hpp>

#include "app/accounts/credentials.hpp"
#include "app/audit.hpp"
#include "domain/account_management.hpp"
#include "domain/refusal.hpp"
#include "persistence/notifications_repository.hpp"

namespace collabtender::app {

std::optional<PasswordPaused> change_password(persistence::Connection& db, const domain::Principal& person,
                                              const ChangePassword& command, const domain::ThrottlePolicy& policy,
                                              domain::TimePoint now) {
    domain::refuse_if(domain::check_new_password(command.new_password, "/new_password"));
    const auto checked = check_current_password(db, person, command.current_password, "/current_password", policy, now);
    if (const auto* paused = std::get_if<PasswordPaused>(&checked)) return *paused;
    const auto& user = std::get<persistence::UserRecord>(checked);
    const auto hash = hash_password(command.new_password);
    db.transact([&](persistence::Tx& tx) {
        persistence::set_password_hash(tx, user.id, hash);
        persistence::revoke_other_sessions(tx, user.id, command.session, now);
        persistence::queue_account_email(tx, {"password_changed", user.email, user.display_name, {}, "/sign-in", {}},
                                         now);
        append_audit(tx, person, now,
                     {std::nullopt, "user.password_change", "user", user.id, nullptr,
                      boost::json::object{{"other_sessions", "revoked"}}});
    });
    return std::nullopt;
}

}  // namespace collabtender::app
