#pragma once

#include <optional>
#include <string>

namespace collabtender::api {

// Argon2id through libsodium, in its self-describing string form.
std::string hash_password(const std::string& password);
bool verify_password(const std::string& hash, const std::string& password);

// A random bearer token (256 bits, URL-safe base64) and the SHA-256 digest that is
// all the database ever holds of it.
std::string new_token();
std::string token_digest(const std::string& token);

// Whether two secrets are equal, in time that does not depend on where they differ.
bool same_secret(const std::string& given, const std::string& expected);

// The token from an "Authorization: Bearer ..." header, if it has that shape.
std::optional<std::string> bearer_token(const std::optional<std::string>& authorization);

// Browsers hold their session in this cookie (HttpOnly, SameSite=Strict, Path=/api),
// so that every tab is signed in and no script can read the token.
inline constexpr const char* session_cookie_name = "collabtender_session";
// The session token from a Cookie header, if it carries one.
std::optional<std::string> session_cookie(const std::optional<std::string>& cookie_header);
// The Set-Cookie value that gives a browser its session for `max_age` seconds
// (Secure when the client reached the service over HTTPS), or ends it (max_age 0).
std::string session_cookie_header(const std::string& token, long max_age, bool secure);

}  // namespace collabtender::api
