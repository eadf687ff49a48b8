#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/credentials.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "app/accounts/credentials.hpp"
#include "domain/time_format.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::api {
namespace {

// Verified when the email is unknown, so that an unknown email and a wrong password
// take the same time and get the same answer.
const std::string& decoy_hash() {
    static const std::string hash = app::hash_password("decoy password that matches no account");
    return hash;
}

}  // namespace

// Three steps, so that the slow password hash holds no transaction and no lock:
// read the throttle and the account; verify the password (the dispatcher lets a
// bounded number of sign-ins run at once); record the outcome under the
// throttle's row lock.
Response post_login(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    const auto email = fields.required_string("email");
    const auto password = fields.required_string("password");
    // "browser": the session goes into an HttpOnly cookie, with a CSRF token for
    // its changes; otherwise ("bearer", the default) the token is in the answer.
    std::string kind = "bearer";
    fields.text("session", kind, Need::optional);
    domain::Violations more;
    if (kind != "bearer" && kind != "browser") more.push_back({"/session", "invalid_value", "must be bearer or browser"});
    fields.finish(more);
    const bool browser = kind == "browser";

    const auto email_key = domain::normalise_email(email);
    const auto now = context.now;
    const auto& policy = context.settings.login_throttle;

    std::optional<persistence::UserRecord> user;
    domain::ThrottleState throttle;
    context.db->transact([&](persistence::Tx& tx) {
        throttle = persistence::lock_throttle(tx, email_key);
        user = persistence::find_user_by_email(tx, email_key);
    });
    if (domain::is_locked(throttle, now)) throw problems::too_many_attempts(domain::retry_after(throttle, now).count());

    const bool verified = app::verify_password(user ? user->password_hash : decoy_hash(), password) && user;

    const auto expires_at = now + context.settings.token_lifetime;
    std::optional<long> locked_for;
    std::string token;
    const std::string csrf = browser ? app::new_token() : std::string{};
    context.db->transact([&](persistence::Tx& tx) {
        locked_for.reset();
        const auto current = persistence::lock_throttle(tx, email_key);
        if (domain::is_locked(current, now)) {
            locked_for = domain::retry_after(current, now).count();
        } else if (!verified) {
            persistence::save_throttle(tx, email_key, domain::after_failure(current, now, policy));
        } else {
            persistence::clear_throttle(tx, email_key);
            token = app::new_token();
            persistence::insert_session(tx, app::token_digest(token), user->id, now, expires_at,
                                        browser ? std::optional{app::token_digest(csrf)} : std::nullopt);
            // No principal exists yet: the actor is the user who signed in. Never the token.
            audit(tx, context, {std::nullopt, "user.login", "user", user->id, nullptr,
                                boost::json::object{{"session", "created"}}},
                  domain::Principal{user->id, user->organisation_id, user->role});
        }
    });

    if (locked_for) throw problems::too_many_attempts(*locked_for);
    if (!verified) throw problems::invalid_credentials();
    if (!browser)
        return json_response(200, boost::json::object{
                                      {"token", token},
                                      {"token_type", "Bearer"},
                                      {"expires_at", domain::format_rfc3339(expires_at)},
                                      {"user_id", user->id},
                                  });
    auto response = json_response(200, boost::json::object{
                                           {"token_type", "Cookie"},
                                           {"csrf_token", csrf},
                                           {"expires_at", domain::format_rfc3339(expires_at)},
                                           {"user_id", user->id},
                                       });
    response.headers.emplace_back("Set-Cookie", session_cookie_header(token, context.settings.token_lifetime.count(),
                                                                      request.header("x-forwarded-proto") == "https"));
    return response;
}

}  // namespace collabtender::api
