#include "app/accounts/sign_in.hpp"

#include <boost/json.hpp>
#include <optional>

#include "app/accounts/credentials.hpp"
#include "app/accounts/totp.hpp"
#include "app/audit.hpp"
#include "app/settings/installation_settings.hpp"
#include "domain/two_factor.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {
namespace {

// A code from the person's app, of a time step not used before, or one of their
// unused recovery codes; either is used up here.
bool second_factor_accepted(persistence::Tx& tx, const persistence::UserRecord& user, const SignIn& command,
                            domain::TimePoint now) {
    if (command.one_time_code) {
        const auto code = domain::one_time_code(*command.one_time_code);
        const auto step = code ? totp_step(*user.totp_secret, *code, now) : std::nullopt;
        return step && persistence::accept_totp_step(tx, user.id, *step);
    }
    return persistence::use_recovery_code(tx, user.id,
                                          token_digest(domain::normalise_recovery_code(*command.recovery_code)), now);
}

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
    bool two_factor_required = false;
    db.transact([&](persistence::Tx& tx) {
        throttle = persistence::lock_throttle(tx, email_key);
        user = persistence::find_user_by_email(tx, email_key);
        two_factor_required = current_settings(tx).two_factor_required;
    });
    if (domain::is_locked(throttle, now)) return SignInPaused{domain::retry_after(throttle, now).count()};

    // An invited person without a password yet verifies the decoy too.
    const bool verified =
        verify_password(user && user->password_hash ? *user->password_hash : decoy_hash(), command.password) && user &&
        user->password_hash;
    if (verified && user->status == domain::AccountStatus::deactivated) return SignInDeactivated{};
    // The password alone says nothing more until the second factor is given.
    const bool enrolled = verified && user->totp_secret;
    if (enrolled && !command.one_time_code && !command.recovery_code) return SecondFactorNeeded{};

    SignedIn signed_in{{}, command.browser ? new_token() : std::string{}, now + session_lifetime, {}, false};
    std::optional<long> paused_for;
    bool second_factor_wrong = false;
    db.transact([&](persistence::Tx& tx) {
        paused_for.reset();
        second_factor_wrong = false;
        const auto current = persistence::lock_throttle(tx, email_key);
        if (domain::is_locked(current, now)) {
            paused_for = domain::retry_after(current, now).count();
            return;
        }
        if (enrolled) second_factor_wrong = !second_factor_accepted(tx, *user, command, now);
        if (!verified || second_factor_wrong) {
            persistence::save_throttle(tx, email_key, domain::after_failure(current, now, policy));
            return;
        }
        persistence::clear_throttle(tx, email_key);
        signed_in.enrolment_only = !enrolled && domain::two_factor_required(user->role, two_factor_required);
        signed_in.token = new_token();
        persistence::insert_session(tx, token_digest(signed_in.token), user->id, now, signed_in.expires_at,
                                    command.browser ? std::optional{token_digest(signed_in.csrf_token)} : std::nullopt,
                                    command.origin, signed_in.enrolment_only);
        // No principal exists yet: the actor is the user who signed in. Never the token.
        append_audit(tx, domain::Principal{user->id, user->organisation_id, user->role}, now,
                     {std::nullopt, "user.login", "user", user->id, nullptr,
                      boost::json::object{
                          {"session", "created"},
                          {"second_factor", enrolled ? (command.recovery_code ? "recovery code" : "code") : "none"}}});
    });

    if (paused_for) return SignInPaused{*paused_for};
    if (!verified) return SignInFailed{};
    if (second_factor_wrong) return SecondFactorWrong{};
    signed_in.user_id = user->id;
    return signed_in;
}

}  // namespace collabtender::app
