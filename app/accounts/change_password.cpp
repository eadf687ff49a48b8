#include "app/accounts/change_password.hpp"

#include <boost/json.hpp>

#include "app/accounts/credentials.hpp"
#include "app/audit.hpp"
#include "domain/account_management.hpp"
#include "domain/refusal.hpp"
#include "persistence/notifications_repository.hpp"

namespace collabtender::app {

std::variant<PasswordChanged, PasswordChangePaused> change_password(persistence::Connection& db,
                                                                    const domain::Principal& person,
                                                                    const ChangePassword& command,
                                                                    const domain::ThrottlePolicy& policy,
                                                                    domain::TimePoint now) {
    domain::refuse_if(domain::check_new_password(command.new_password, "/new_password"));
    std::optional<persistence::UserRecord> user;
    domain::ThrottleState throttle;
    db.transact([&](persistence::Tx& tx) {
        user = persistence::find_user(tx, person.user_id);
        if (!user) throw domain::Refusal{domain::RefusalCode::not_found, "No such person."};
        throttle = persistence::lock_throttle(tx, domain::normalise_email(user->email));
    });
    if (domain::is_locked(throttle, now)) return PasswordChangePaused{domain::retry_after(throttle, now).count()};
    const bool verified = user->password_hash && verify_password(*user->password_hash, command.current_password);
    const auto hash = verified ? hash_password(command.new_password) : std::string{};

    std::variant<PasswordChanged, PasswordChangePaused> out;
    bool wrong = false;
    db.transact([&](persistence::Tx& tx) {
        wrong = false;
        out = PasswordChanged{};
        const auto email_key = domain::normalise_email(user->email);
        const auto current = persistence::lock_throttle(tx, email_key);
        if (domain::is_locked(current, now)) {
            out = PasswordChangePaused{domain::retry_after(current, now).count()};
        } else if (!verified) {
            persistence::save_throttle(tx, email_key, domain::after_failure(current, now, policy));
            wrong = true;
        } else {
            persistence::clear_throttle(tx, email_key);
            persistence::set_password_hash(tx, user->id, hash);
            persistence::revoke_other_sessions(tx, user->id, command.session, now);
            persistence::queue_account_email(
                tx, {"password_changed", user->email, user->display_name, {}, "/sign-in", {}}, now);
            append_audit(tx, person, now,
                         {std::nullopt, "user.password_change", "user", user->id, nullptr,
                          boost::json::object{{"other_sessions", "revoked"}}});
        }
    });
    // Refused after the commit, so that the failure stays counted.
    if (wrong) throw domain::invalid_input({{"/current_password", "incorrect", "is not your current password"}});
    return out;
}

}  // namespace collabtender::app
