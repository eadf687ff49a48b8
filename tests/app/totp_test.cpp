#include "app/accounts/totp.hpp"

#include <doctest/doctest.h>

#include <set>

using collabtender::app::base32;
using collabtender::app::new_recovery_codes;
using collabtender::app::otpauth_uri;
using collabtender::app::totp_step;

namespace {

// RFC 6238 appendix B's SHA-1 key.
const std::string rfc_key = "12345678901234567890";

collabtender::domain::TimePoint at(long long seconds) {
    return collabtender::domain::TimePoint{std::chrono::seconds{seconds}};
}

}  // namespace

TEST_CASE("codes are RFC 6238's: the appendix's test values, in six digits") {
    CHECK(totp_step(rfc_key, "287082", at(59)) == 1);
    CHECK(totp_step(rfc_key, "081804", at(1111111109)) == 1111111109 / 30);
    CHECK(totp_step(rfc_key, "005924", at(1234567890)) == 1234567890 / 30);
    CHECK_FALSE(totp_step(rfc_key, "287083", at(59)));
}

TEST_CASE("a code is accepted one step early or late, not two") {
    CHECK(totp_step(rfc_key, "287082", at(59 + 30)) == 1);  // typed as it changed
    CHECK(totp_step(rfc_key, "287082", at(59 - 30)) == 1);  // a phone a little ahead
    CHECK_FALSE(totp_step(rfc_key, "287082", at(59 + 60)));
}

TEST_CASE("secrets are written for apps in base32 without padding, in an otpauth URI") {
    CHECK(base32("Hello!\xde\xad\xbe\xef") == "JBSWY3DPEHPK3PXP");
    CHECK(otpauth_uri("Hello!\xde\xad\xbe\xef", "morag@pilton.example", "collabtender") ==
          "otpauth://totp/collabtender:morag%40pilton.example?secret=JBSWY3DPEHPK3PXP&issuer=collabtender"
          "&algorithm=SHA1&digits=6&period=30");
}

TEST_CASE("recovery codes are ten different codes of four groups, without look-alike characters") {
    const auto codes = new_recovery_codes(10);
    CHECK(std::set<std::string>(codes.begin(), codes.end()).size() == 10);
    for (const auto& code : codes) {
        CHECK(code.size() == 19);
        CHECK(code[4] == '-');
        CHECK(code.find_first_of("01ilo") == std::string::npos);
    }
}
