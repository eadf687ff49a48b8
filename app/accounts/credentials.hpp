#pragma once

#include <string>

namespace collabtender::app {

// Argon2id through libsodium, in its self-describing string form.
std::string hash_password(const std::string& password);
bool verify_password(const std::string& hash, const std::string& password);

// A random bearer token (256 bits, URL-safe base64) and the SHA-256 digest that is
// all the database ever holds of it.
std::string new_token();
std::string token_digest(const std::string& token);

// Whether two secrets are equal, in time that does not depend on where they differ.
bool same_secret(const std::string& given, const std::string& expected);

}  // namespace collabtender::app
