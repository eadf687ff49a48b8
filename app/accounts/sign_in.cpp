#include "app/accounts/sign_in.hpp"

#include <optional>

#include <boost/json.hpp>

#include "app/accounts/credentials.hpp"
#include "app/audit.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {
namespace {

// Verified when the email is unknown, so that an unknown email and a wrong password
// take the same time and get the same answer.
const std::string& decoy_hash() {
    static const std::string hash = hash_password("decoy password that matches no account");
    return hash;
}

}  // namespace

SignInOutcome sign_in(persistence::Connection& db, const SignIn& command, const domain::ThrottlePolicy& policy,
                      std::chrono::seconds session_lifetime, domain::TimePoint now) {
    const auto email_key = domain::normalise_email(command.email);

    std::optional<persistence::UserRecord> user;
    domain::ThrottleState throttle;
    db.transact([&](persistence::Tx& tx) {
        throttle = persistence::lock_throttle(tx, email_key);
        user = persistence::find_user_by_email(tx, email_key);
    });
    if (domain::is_locked(throttle, now)) return SignInPaused{domain::retry_after(throttle, now).count()};

    // An invited person without a password yet verifies the decoy too.
    const bool verified =
        verify_password(user && user->password_hash ? *user->password_hash : decoy_hash(), command.password) && user &&
        user->password_hash;
    if (verified && user->status == domain::AccountStatus::deactivated) return SignInDeactivated{};

    SignedIn signed_in{{}, command.browser ? new_token() : std::string{}, now + session_lifetime, {}};
    std::optional<long> paused_for;
    db.transact([&](persistence::Tx& tx) {
        paused_for.reset();
        const auto current = persistence::lock_throttle(tx, email_key);
        if (domain::is_locked(current, now)) {
            paused_for = domain::retry_after(current, now).count();
        } else if (!verified) {
            persistence::save_throttle(tx, email_key, domain::after_failure(current, now, policy));
        } else {
            persistence::clear_throttle(tx, email_key);
            signed_in.token = new_token();
            persistence::insert_session(
                tx, token_digest(signed_in.token), user->id, now, signed_in.expires_at,
                command.browser ? std::optional{token_digest(signed_in.csrf_token)} : std::nullopt, command.origin);
            // No principal exists yet: the actor is the user who signed in. Never the token.
            append_audit(tx, domain::Principal{user->id, user->organisation_id, user->role}, now,
                         {std::nullopt, "user.login", "user", user->id, nullptr,
                          boost::json::object{{"session", "created"}}});
        }
    });

    if (paused_for) return SignInPaused{*paused_for};
    if (!verified) return SignInFailed{};
    signed_in.user_id = user->id;
    return signed_in;
}

}  // namespace collabtender::app
