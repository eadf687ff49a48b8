#include "api/credentials.hpp"
#include "app/accounts/credentials.hpp"

#include <doctest/doctest.h>

using namespace collabtender::api;
using namespace collabtender::app;

TEST_CASE("passwords hash with Argon2id and verify only with the right password") {
    const auto hash = hash_password("correct horse battery");
    CHECK(hash.rfind("$argon2id$", 0) == 0);
    CHECK(verify_password(hash, "correct horse battery"));
    CHECK_FALSE(verify_password(hash, "correct horse battery "));
    CHECK(hash_password("correct horse battery") != hash);  // salted
}

TEST_CASE("tokens are random and their digests are 32 bytes") {
    const auto a = new_token();
    const auto b = new_token();
    CHECK(a != b);
    CHECK(a.size() == 43);
    CHECK(token_digest(a).size() == 32);
    CHECK(token_digest(a) == token_digest(a));
    CHECK(token_digest(a) != token_digest(b));
}

TEST_CASE("bearer tokens are read from the Authorization header") {
    CHECK(bearer_token(std::string{"Bearer abc"}) == "abc");
    CHECK(bearer_token(std::string{"bearer   abc  "}) == "abc");
    CHECK_FALSE(bearer_token(std::string{"Basic abc"}));
    CHECK_FALSE(bearer_token(std::string{"Bearer "}));
    CHECK_FALSE(bearer_token(std::nullopt));
}
