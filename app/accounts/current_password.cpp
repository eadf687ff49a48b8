#include "app/accounts/current_password.hpp"

#include "app/accounts/credentials.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

std::variant<persistence::UserRecord, PasswordPaused> check_current_password(
    persistence::Connection& db, const domain::Principal& person, const std::string& password,
    const std::string& pointer, const domain::ThrottlePolicy& policy, domain::TimePoint now) {
    std::optional<persistence::UserRecord> user;
    domain::ThrottleState throttle;
    db.transact([&](persistence::Tx& tx) {
        user = persistence::find_user(tx, person.user_id);
        if (!user) throw domain::Refusal{domain::RefusalCode::not_found, "No such person."};
        throttle = persistence::lock_throttle(tx, domain::normalise_email(user->email));
    });
    if (domain::is_locked(throttle, now)) return PasswordPaused{domain::retry_after(throttle, now).count()};
    const bool verified = user->password_hash && verify_password(*user->password_hash, password);

    std::optional<long> paused_for;
    db.transact([&](persistence::Tx& tx) {
        paused_for.reset();
        const auto email_key = domain::normalise_email(user->email);
        const auto current = persistence::lock_throttle(tx, email_key);
        if (domain::is_locked(current, now))
            paused_for = domain::retry_after(current, now).count();
        else if (!verified)
            persistence::save_throttle(tx, email_key, domain::after_failure(current, now, policy));
        else
            persistence::clear_throttle(tx, email_key);
    });
    if (paused_for) return PasswordPaused{*paused_for};
    // Refused after the commit, so that the failure stays counted.
    if (!verified) throw domain::invalid_input({{pointer, "incorrect", "is not your current password"}});
    return *user;
}

}  // namespace collabtender::app
