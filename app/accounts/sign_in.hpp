#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <variant>

#include "domain/ids.hpp"
#include "domain/login_throttle.hpp"
#include "domain/time_point.hpp"
#include "persistence/accounts_repository.hpp"
#include "persistence/database.hpp"

namespace collabtender::app {

struct SignIn {
    std::string email;
    std::string password;
    bool browser = false;  // the session goes into a cookie, with a CSRF token for its changes
    persistence::SessionOrigin origin;  // what the person's list of sessions shows
    // The second factor of someone who enrolled: a code from their app, or one of
    // their recovery codes.
    std::optional<std::string> one_time_code;
    std::optional<std::string> recovery_code;
};

struct SignedIn {
    std::string token;
    std::string csrf_token;  // browsers' sessions only
    domain::TimePoint expires_at;
    domain::UserId user_id;
    // The person must use two-factor sign-in and has not enrolled: the session
    // reaches their own account and the enrolment, nothing else.
    bool enrolment_only = false;
};
// Sign-in for the email is paused after repeated failures, for this long yet.
struct SignInPaused {
    long retry_after_seconds = 0;
};
// The email or the password is wrong: which, the answer does not say.
struct SignInFailed {};
// The password is right but the account is deactivated: said only to whoever knows the password.
struct SignInDeactivated {};

// The password is right and the person enrolled in two-factor sign-in: a code is needed too.
struct SecondFactorNeeded {};
// ... and the code given was wrong, or used before: counted as a failure.
struct SecondFactorWrong {};

using SignInOutcome =
    std::variant<SignedIn, SignInPaused, SignInFailed, SignInDeactivated, SecondFactorNeeded, SecondFactorWrong>;

// Three steps, so that the slow password hash holds no transaction and no lock:
// read the throttle and the account; verify the password (an unknown email
// verifies a decoy, taking the same time); record the outcome under the
// throttle's row lock: a failure (a wrong password, or a wrong or reused second
// factor) counts against the email, a success clears its failures and opens a
// session, audited with the person as the actor.
SignInOutcome sign_in(persistence::Connection& db, const SignIn& command, const domain::ThrottlePolicy& policy,
                      std::chrono::seconds session_lifetime, domain::TimePoint now);

}  // namespace collabtender::app
