#include <boost/json.hpp>

#include "api/auth/commands.hpp"
#include "api/credentials.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "app/accounts/sign_in.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {

// POST /api/v1/auth/login (app::sign_in): a bearer token in the answer, or for a
// browser a session cookie and the CSRF token its changes carry.
Response post_login(const Request& request, Context& context) {
    auto command = read_command<app::SignIn>(request);
    command.origin = {request.header("user-agent").value_or(""), request.client};
    const auto outcome = app::sign_in(*context.db, command, context.settings.login_throttle,
                                      context.settings.token_lifetime, context.now);
    if (const auto* paused = std::get_if<app::SignInPaused>(&outcome))
        throw problems::too_many_attempts(paused->retry_after_seconds);
    if (std::holds_alternative<app::SignInFailed>(outcome)) throw problems::invalid_credentials();
    if (std::holds_alternative<app::SecondFactorNeeded>(outcome))
        throw Problem{401, "two-factor-required", "Code needed",
                      "Enter the 6-digit code your authenticator app shows, or one of your recovery codes."};
    if (std::holds_alternative<app::SecondFactorWrong>(outcome))
        throw Problem{401, "two-factor-invalid", "Code not accepted",
                      "That code is not the one your app shows now, or it was used already. Try the next code."};
    if (std::holds_alternative<app::SignInDeactivated>(outcome))
        throw Problem{403, "account-deactivated", "Account deactivated",
                      "This account has been deactivated. Ask your organisation's administrator if you need it again."};
    const auto& session = std::get<app::SignedIn>(outcome);
    if (!command.browser)
        return json_response(200, boost::json::object{
                                      {"token", session.token},
                                      {"token_type", "Bearer"},
                                      {"expires_at", domain::format_rfc3339(session.expires_at)},
                                      {"user_id", session.user_id},
                                      {"two_factor_enrolment_required", session.enrolment_only},
                                  });
    auto response = json_response(200, boost::json::object{
                                           {"token_type", "Cookie"},
                                           {"csrf_token", session.csrf_token},
                                           {"expires_at", domain::format_rfc3339(session.expires_at)},
                                           {"user_id", session.user_id},
                                           {"two_factor_enrolment_required", session.enrolment_only},
                                       });
    response.headers.emplace_back("Set-Cookie",
                                  session_cookie_header(session.token, context.settings.token_lifetime.count(),
                                                        request.header("x-forwarded-proto") == "https"));
    return response;
}

}  // namespace collabtender::api
