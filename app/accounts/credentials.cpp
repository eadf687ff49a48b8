#include "app/accounts/credentials.hpp"

#include <stdexcept>

#include <sodium.h>

namespace collabtender::app {
namespace {

void ensure_sodium() {
    static const int ready = sodium_init();
    if (ready < 0) throw std::runtime_error{"libsodium failed to initialise"};
}

// Argon2id with 19 MiB and 2 passes: OWASP's recommended minimum. libsodium's
// "interactive" 64 MiB would make four sign-ins at once cost 256 MiB of memory.
// Each hash names its own parameters, so hashes made with others still verify.
constexpr unsigned long long password_passes = 2;
constexpr std::size_t password_memory = 19 * 1024 * 1024;

}  // namespace

std::string hash_password(const std::string& password) {
    ensure_sodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), password_passes, password_memory,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error{"out of memory while hashing a password"};
    return out;
}

bool verify_password(const std::string& hash, const std::string& password) {
    ensure_sodium();
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string new_token() {
    ensure_sodium();
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    char out[sodium_base64_ENCODED_LEN(sizeof raw, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
    sodium_bin2base64(out, sizeof out, raw, sizeof raw, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return out;
}

std::string token_digest(const std::string& token) {
    ensure_sodium();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(token.data()), token.size());
    return std::string{reinterpret_cast<const char*>(digest), sizeof digest};
}

bool same_secret(const std::string& given, const std::string& expected) {
    // Digests first: equal lengths, so the comparison's time says nothing of either.
    const auto a = token_digest(given);
    const auto b = token_digest(expected);
    return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace collabtender::app
