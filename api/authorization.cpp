#include "api/authorization.hpp"

#include <algorithm>

#include "api/credentials.hpp"
#include "api/problem.hpp"
#include "app/accounts/credentials.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::api {

namespace {

bool changes_something(const std::string& method) { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }

}  // namespace

std::optional<domain::Principal> authorize(const Access& access, const Request& request, Context& context) {
    if (!access.identify) return std::nullopt;
    // An API client's bearer token, or else a browser's session cookie.
    const auto header = request.header("authorization");
    const auto cookie = header ? std::nullopt : session_cookie(request.header("cookie"));
    if (!header && !cookie && !access.signed_in) return std::nullopt;  // anonymous reader of public data
    const auto token = request_token(header, request.header("cookie"));
    if (!token) throw problems::unauthenticated();

    std::optional<persistence::SessionRecord> session;
    context.db->autocommit([&](persistence::Tx& tx) {
        session = persistence::find_session(tx, app::token_digest(*token), context.now);
    });
    // A browser whose session has ended still reads public notices.
    if (!session && cookie && !access.signed_in) return std::nullopt;
    if (!session) throw problems::unauthenticated();
    // A browser's change must carry its session's CSRF token, which another site
    // cannot read (SameSite=Strict already keeps other sites' requests cookie-less).
    if (cookie && changes_something(request.method) &&
        !(session->csrf && app::same_secret(app::token_digest(request.header("x-csrf-token").value_or("")), *session->csrf)))
        throw Problem{403, "csrf-token-invalid", "Sign-in check failed",
                      "This change did not come with the page's security token. Reload the page and try again."};
    if (session->enrolment_only && !access.while_enrolling)
        throw Problem{403, "two-factor-enrolment-required", "Two-factor sign-in needed",
                      "Your role signs in with a second factor. Add an authenticator app to your account first."};
    const auto principal = std::optional<domain::Principal>{session->principal};
    if (!access.roles.empty() &&
        std::find(access.roles.begin(), access.roles.end(), principal->role) == access.roles.end())
        throw problems::forbidden();
    return principal;
}

}  // namespace collabtender::api
