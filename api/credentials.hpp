#pragma once

#include <optional>
#include <string>

namespace collabtender::api {

// How a session token travels over HTTP. Hashing passwords and tokens is
// app/accounts/credentials.hpp.

// The token from an "Authorization: Bearer ..." header, if it has that shape.
std::optional<std::string> bearer_token(const std::optional<std::string>& authorization);

// Browsers hold their session in this cookie (HttpOnly, SameSite=Strict, Path=/api),
// so that every tab is signed in and no script can read the token.
inline constexpr const char* session_cookie_name = "collabtender_session";
// The session token from a Cookie header, if it carries one.
std::optional<std::string> session_cookie(const std::optional<std::string>& cookie_header);
// The token a request was made with: its bearer token when it has an Authorization
// header (as authorisation reads it), else its session cookie's.
std::optional<std::string> request_token(const std::optional<std::string>& authorization,
                                         const std::optional<std::string>& cookie_header);
// The Set-Cookie value that gives a browser its session for `max_age` seconds
// (Secure when the client reached the service over HTTPS), or ends it (max_age 0).
std::string session_cookie_header(const std::string& token, long max_age, bool secure);

}  // namespace collabtender::api
