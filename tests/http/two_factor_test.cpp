// Two-factor sign-in over HTTP. Codes are computed by Debian's oathtool, not by
// the service's own code, at the server's (movable) time: a code of the step
// before is accepted, a code used once is refused, and a wrong one counts against
// the sign-in throttle like a wrong password.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include "domain/time_format.hpp"
#include "tests/support/accounts.hpp"
#include "tests/support/commissioning.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

using Clock = std::chrono::system_clock;

// The code an authenticator app shows for the base32 secret at `at`, by oathtool.
std::string code_at(const std::string& secret, Clock::time_point at) {
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(at.time_since_epoch()).count();
    const auto result = run_shell("oathtool --totp -b --now=@" + std::to_string(seconds) + " " + secret);
    REQUIRE_MESSAGE(result.exit_code == 0, result.output);
    return result.output.substr(0, 6);
}

struct TwoFactor : WithAdmin {
    // The server's time moved on to 1 s into a fresh 30-second step, so that
    // codes computed now stay in their step while the request travels.
    Clock::time_point fresh_step() const {
        const auto now = server->pass_time(0s);
        const auto into = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count() % 30;
        return server->pass_time(std::chrono::seconds{31 - into});
    }

    HttpResponse sign_in(const std::string& email, const std::string& extra = {}) const {
        return call("POST", "/api/v1/auth/login", "",
                    R"({"email": ")" + email + R"(", "password": ")" + std::string{test_password} + "\"" + extra + "}");
    }

    // Enrols the token's person; returns their base32 secret and recovery codes.
    std::pair<std::string, std::vector<std::string>> enrol(const std::string& token) const {
        const auto begun = call("POST", "/api/v1/me/two-factor/enrolment", token);
        REQUIRE_MESSAGE(begun.status == 201, begun.body);
        const std::string secret{begun.json().at("secret").as_string()};
        const auto confirmed = call("POST", "/api/v1/me/two-factor", token,
                                    R"({"one_time_code": ")" + code_at(secret, fresh_step()) + R"("})");
        REQUIRE_MESSAGE(confirmed.status == 200, confirmed.body);
        std::vector<std::string> codes;
        const auto body = confirmed.json();
        for (const auto& code : body.at("recovery_codes").as_array()) codes.emplace_back(code.as_string());
        return {secret, codes};
    }

    std::string failures(const std::string& email) const {
        return db.scalar("SELECT coalesce((SELECT failures FROM login_throttle WHERE email_key = '" + email + "'), 0)");
    }
};

std::string type_of(const HttpResponse& response) { return std::string{response.json().at("type").as_string()}; }

}  // namespace

TEST_CASE("where the installation requires it, a commissioner's session reaches only the enrolment until they enrol") {
    TwoFactor t;
    REQUIRE(t.call("PATCH", "/api/v1/settings", t.edinburgh_officer, R"({"two_factor_required": true})").status == 403);
    const auto changed = t.call("PATCH", "/api/v1/settings", t.admin, R"({"two_factor_required": true})");
    REQUIRE_MESSAGE(changed.status == 200, changed.body);
    CHECK(t.db.scalar("SELECT count(*) FROM audit_event WHERE event LIKE '%\"settings.change\"%'") == "1");

    const auto signed_in = t.sign_in("officer@edinburgh.example");
    REQUIRE_MESSAGE(signed_in.status == 200, signed_in.body);
    CHECK(signed_in.json().at("two_factor_enrolment_required").as_bool());
    const std::string token{signed_in.json().at("token").as_string()};
    // Calling the API directly skips nothing: every other route refuses the session.
    const auto refused = t.call("GET", "/api/v1/notifications", token);
    CHECK(refused.status == 403);
    CHECK(type_of(refused) == "urn:collabtender:problem:two-factor-enrolment-required");
    CHECK(t.call("POST", "/api/v1/tenders", token, Commissioning::tender_body("EDI-2FA")).status == 403);
    const auto me = t.call("GET", "/api/v1/me", token);
    REQUIRE(me.status == 200);
    CHECK(me.json().at("two_factor").at("required").as_bool());
    CHECK_FALSE(me.json().at("two_factor").at("enabled").as_bool());

    const auto begun = t.call("POST", "/api/v1/me/two-factor/enrolment", token);
    REQUIRE_MESSAGE(begun.status == 201, begun.body);
    const std::string secret{begun.json().at("secret").as_string()};
    CHECK(std::string{begun.json().at("otpauth_uri").as_string()}.starts_with("otpauth://totp/collabtender:"));
    const auto qr = t.call("GET", "/api/v1/me/two-factor/enrolment/qr", token);
    CHECK(qr.status == 200);
    CHECK(qr.header("content-type") == "image/svg+xml");
    const auto wrong = t.call("POST", "/api/v1/me/two-factor", token, R"({"one_time_code": "000000"})");
    CHECK(wrong.status == 422);
    CHECK(contains(pointers(wrong), "/one_time_code"));
    const auto confirmed = t.call("POST", "/api/v1/me/two-factor", token,
                                  R"({"one_time_code": ")" + code_at(secret, t.fresh_step()) + R"("})");
    REQUIRE_MESSAGE(confirmed.status == 200, confirmed.body);
    CHECK(confirmed.json().at("recovery_codes").as_array().size() == 10);
    CHECK(t.db.scalar("SELECT count(*) FROM recovery_code") == "10");
    // The same session now reaches everything; sessions from before the rule are untouched.
    CHECK(t.call("GET", "/api/v1/notifications", token).status == 200);
    // Required, it cannot be turned off.
    const auto off = t.call("POST", "/api/v1/me/two-factor/removal", token,
                            R"({"one_time_code": ")" + code_at(secret, t.server->pass_time(60s)) + R"("})");
    CHECK(off.status == 409);
    // Without a code the password alone opens nothing.
    const auto password_only = t.sign_in("officer@edinburgh.example");
    CHECK(password_only.status == 401);
    CHECK(type_of(password_only) == "urn:collabtender:problem:two-factor-required");
    CHECK_FALSE(password_only.json().as_object().contains("token"));
}

TEST_CASE("codes from the app: the step before is accepted, a used one is refused, a wrong one is counted") {
    TwoFactor t;
    const auto [secret, recovery] = t.enrol(t.provider);  // optional for providers; this one chose it
    CHECK(t.failures("staff@pilton.example") == "0");

    const auto needed = t.sign_in("staff@pilton.example");
    CHECK(needed.status == 401);
    CHECK(type_of(needed) == "urn:collabtender:problem:two-factor-required");
    CHECK(t.failures("staff@pilton.example") == "0");  // the password was right: nothing to count

    const auto wrong = t.sign_in("staff@pilton.example", R"(, "one_time_code": "123456")");
    CHECK(wrong.status == 401);
    CHECK(type_of(wrong) == "urn:collabtender:problem:two-factor-invalid");
    CHECK(t.failures("staff@pilton.example") == "1");

    // Two steps on from the code that confirmed the enrolment, 1 s into the step.
    t.fresh_step();
    const auto now = t.server->pass_time(30s);
    const auto previous = code_at(secret, now - 30s);
    const auto with_previous = t.sign_in("staff@pilton.example", R"(, "one_time_code": ")" + previous + R"(")");
    REQUIRE_MESSAGE(with_previous.status == 200, with_previous.body);
    CHECK(t.failures("staff@pilton.example") == "0");
    const auto again = t.sign_in("staff@pilton.example", R"(, "one_time_code": ")" + previous + R"(")");
    CHECK(again.status == 401);
    CHECK(type_of(again) == "urn:collabtender:problem:two-factor-invalid");
    const auto current = code_at(secret, now);
    CHECK(t.sign_in("staff@pilton.example", R"(, "one_time_code": ")" + current + R"(")").status == 200);
    CHECK(t.sign_in("staff@pilton.example", R"(, "one_time_code": ")" + current + R"(")").status == 401);
    // Spaces as apps show them are fine; two steps ahead is not.
    const auto later = t.fresh_step();
    const auto spaced = code_at(secret, later).insert(3, " ");
    CHECK(t.sign_in("staff@pilton.example", R"(, "one_time_code": ")" + spaced + R"(")").status == 200);
    CHECK(t.sign_in("staff@pilton.example", R"(, "one_time_code": ")" + code_at(secret, later + 60s) + R"(")").status ==
          401);

    // Recovery codes work once each, typed in any case.
    std::string shouted = recovery[0];
    for (auto& c : shouted) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    CHECK(t.sign_in("staff@pilton.example", R"(, "recovery_code": ")" + shouted + R"(")").status == 200);
    CHECK(t.sign_in("staff@pilton.example", R"(, "recovery_code": ")" + recovery[0] + R"(")").status == 401);
    CHECK(t.sign_in("staff@pilton.example", R"(, "recovery_code": ")" + recovery[1] + R"(")").status == 200);
    const auto status = t.call("GET", "/api/v1/me/two-factor", t.provider);
    CHECK(status.json().at("recovery_codes_left").as_int64() == 8);

    // Wrong codes pause the email as wrong passwords do.
    int paused = 0;
    for (int i = 0; i < 6 && paused == 0; ++i)
        if (t.sign_in("staff@pilton.example", R"(, "one_time_code": "000000")").status == 429) ++paused;
    CHECK(paused == 1);
}

TEST_CASE("new recovery codes kill the old; a provider turns two-factor off with a code; an admin resets it") {
    TwoFactor t;
    const auto [secret, old_codes] = t.enrol(t.provider);
    const auto replaced = t.call("POST", "/api/v1/me/two-factor/recovery-codes", t.provider,
                                 R"({"one_time_code": ")" + code_at(secret, t.fresh_step()) + R"("})");
    REQUIRE_MESSAGE(replaced.status == 200, replaced.body);
    CHECK(t.sign_in("staff@pilton.example", R"(, "recovery_code": ")" + old_codes[0] + R"(")").status == 401);
    const std::string fresh{replaced.json().at("recovery_codes").as_array()[0].as_string()};
    CHECK(t.sign_in("staff@pilton.example", R"(, "recovery_code": ")" + fresh + R"(")").status == 200);

    const auto off = t.call("POST", "/api/v1/me/two-factor/removal", t.provider,
                            R"({"one_time_code": ")" + code_at(secret, t.fresh_step()) + R"("})");
    REQUIRE_MESSAGE(off.status == 204, off.body);
    CHECK(t.sign_in("staff@pilton.example").status == 200);

    // Enrolled again, then the phone is lost: an admin resets it with the reason.
    t.enrol(t.provider);
    const auto id = t.db.scalar("SELECT id FROM app_user WHERE email = 'staff@pilton.example'");
    CHECK(t.call("GET", "/api/v1/users/" + id, t.admin).json().at("two_factor").at("enabled").as_bool());
    CHECK(
        t.call("POST", "/api/v1/users/" + id + "/two-factor-reset", t.edinburgh_officer, R"({"reason": "x"})").status ==
        404);
    const auto reset = t.call("POST", "/api/v1/users/" + id + "/two-factor-reset", t.admin,
                              R"({"reason": "Phone lost, identity checked by telephone"})");
    REQUIRE_MESSAGE(reset.status == 200, reset.body);
    CHECK_FALSE(reset.json().at("two_factor").at("enabled").as_bool());
    CHECK(t.call("GET", "/api/v1/me", t.provider).status == 401);  // their sessions ended
    CHECK(t.sign_in("staff@pilton.example").status == 200);        // and they sign in with the password again
    CHECK(t.db.scalar("SELECT count(*) FROM audit_event WHERE event LIKE '%\"user.two_factor_reset\"%' AND event LIKE "
                      "'%Phone lost%'") == "1");
}
