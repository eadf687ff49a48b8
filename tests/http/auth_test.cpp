// Sign-in, tokens and the single place where roles and organisations are checked.
#include <doctest/doctest.h>

#include <memory>

#include <boost/json.hpp>

#include "tests/support/accounts.hpp"
#include "tests/support/http_client.hpp"
#include "tests/support/server_process.hpp"
#include "tests/support/test_database.hpp"

using namespace collabtender::test;

namespace {

constexpr const char* password = "a long enough password";

struct Installation {
    TestDatabase db{TestDatabase::Schema::migrated};
    std::string council;
    std::string admin_id;
    std::string commissioner_id;
    std::unique_ptr<ServerProcess> server;

    explicit Installation(std::vector<std::string> args = {}) {
        council = create_organisation(db.url(), "City of Edinburgh Council", "commissioning_body");
        admin_id = create_user(db.url(), council, "admin@edinburgh.example", "admin", password);
        commissioner_id = create_user(db.url(), council, "Commissioner@Edinburgh.example", "commissioner", password);
        server = std::make_unique<ServerProcess>(db.url(), std::move(args));
    }
    std::uint16_t port() const { return server->port(); }
};

std::string credentials(const std::string& email, const std::string& secret) {
    return boost::json::serialize(boost::json::object{{"email", email}, {"password", secret}});
}

}  // namespace

TEST_CASE("signing in returns a token that identifies the user, whatever the email's case") {
    Installation i;
    const auto response = post_json(i.port(), "/api/v1/auth/login", credentials("commissioner@EDINBURGH.example", password));
    REQUIRE(response.status == 200);
    const auto body = response.json().as_object();
    CHECK(body.at("token_type").as_string() == "Bearer");
    CHECK(body.at("user_id").as_string() == i.commissioner_id);
    const auto me = get(i.port(), "/api/v1/me", std::string{body.at("token").as_string()});
    REQUIRE(me.status == 200);
    CHECK(me.json().at("role").as_string() == "commissioner");
    CHECK(me.json().at("organisation").at("id").as_string() == i.council);
    CHECK(i.db.scalar("SELECT count(*) FROM auth_session WHERE user_id = '" + i.commissioner_id + "'") == "1");
}

TEST_CASE("a wrong password and an unknown email get the identical 401") {
    Installation i;
    const auto wrong = post_json(i.port(), "/api/v1/auth/login", credentials("admin@edinburgh.example", "not the password"));
    const auto unknown = post_json(i.port(), "/api/v1/auth/login", credentials("nobody@edinburgh.example", password));
    CHECK(wrong.status == 401);
    CHECK(unknown.status == 401);
    CHECK(wrong.body == unknown.body);
    CHECK(wrong.header("content-type") == "application/problem+json");
}

TEST_CASE("requests without a valid token are 401 with a Bearer challenge") {
    Installation i;
    for (const std::string token : {"", "made-up-token"}) {
        const auto response = get(i.port(), "/api/v1/me", token);
        CHECK(response.status == 401);
        CHECK(response.header("www-authenticate") == "Bearer");
        CHECK(response.json().at("type").as_string() == "urn:collabtender:problem:unauthenticated");
    }
}

TEST_CASE("an expired token is refused") {
    Installation i;
    const auto token = login(i.port(), "admin@edinburgh.example", password);
    REQUIRE(get(i.port(), "/api/v1/me", token).status == 200);
    i.db.exec("UPDATE auth_session SET expires_at = now() - interval '1 second'");
    CHECK(get(i.port(), "/api/v1/me", token).status == 401);
}

TEST_CASE("logging out revokes that token only") {
    Installation i;
    const auto first = login(i.port(), "admin@edinburgh.example", password);
    const auto second = login(i.port(), "admin@edinburgh.example", password);
    CHECK(post_json(i.port(), "/api/v1/auth/logout", "", first).status == 204);
    CHECK(get(i.port(), "/api/v1/me", first).status == 401);
    CHECK(get(i.port(), "/api/v1/me", second).status == 200);
    CHECK(post_json(i.port(), "/api/v1/auth/logout", "", first).status == 401);
}

TEST_CASE("repeated failures pause sign-in for that email, known or not, with the same answer") {
    Installation i{{"--login-max-failures", "3", "--login-lock", "60"}};
    for (const std::string email : {"admin@edinburgh.example", "ghost@edinburgh.example"}) {
        for (int attempt = 0; attempt < 3; ++attempt)
            CHECK(post_json(i.port(), "/api/v1/auth/login", credentials(email, "wrong guess")).status == 401);
        // Now even the right password waits.
        const auto locked = post_json(i.port(), "/api/v1/auth/login", credentials(email, password));
        CHECK(locked.status == 429);
        CHECK(locked.json().at("type").as_string() == "urn:collabtender:problem:too-many-attempts");
        const auto retry = std::stoi(locked.header("retry-after"));
        CHECK(retry > 0);
        CHECK(retry <= 60);
    }
    // Other accounts are unaffected.
    CHECK(post_json(i.port(), "/api/v1/auth/login", credentials("commissioner@edinburgh.example", password)).status == 200);
}

TEST_CASE("a successful sign-in clears earlier failures") {
    Installation i{{"--login-max-failures", "3"}};
    for (int round = 0; round < 3; ++round) {
        for (int attempt = 0; attempt < 2; ++attempt)
            CHECK(post_json(i.port(), "/api/v1/auth/login", credentials("admin@edinburgh.example", "nope nope")).status == 401);
        CHECK(post_json(i.port(), "/api/v1/auth/login", credentials("admin@edinburgh.example", password)).status == 200);
    }
}

TEST_CASE("only admins create organisations and invite their people, whose roles must fit the organisation") {
    Installation i;
    const auto admin = login(i.port(), "admin@edinburgh.example", password);
    const auto commissioner = login(i.port(), "commissioner@edinburgh.example", password);
    const std::string organisation = R"({"name": "Pilton Community Health Project", "kind": "provider", "charity_number": "SC017449"})";

    CHECK(post_json(i.port(), "/api/v1/organisations", organisation, commissioner).status == 403);
    CHECK(i.db.scalar("SELECT count(*) FROM organisation WHERE kind = 'provider'") == "0");

    const auto created = post_json(i.port(), "/api/v1/organisations", organisation, admin);
    REQUIRE(created.status == 201);
    const std::string provider{created.json().at("id").as_string()};
    CHECK(created.header("location") == "/api/v1/organisations/" + provider);
    CHECK(created.json().at("charity_number").as_string() == "SC017449");

    const auto invitation = [&](const std::string& role) {
        return boost::json::serialize(boost::json::object{{"email", role + "@pilton.example"},
                                                          {"display_name", "Sam"},
                                                          {"role", role},
                                                          {"organisation_id", provider}});
    };
    CHECK(post_json(i.port(), "/api/v1/users/invitations", invitation("provider"), commissioner).status == 403);
    const auto wrong_kind = post_json(i.port(), "/api/v1/users/invitations", invitation("panellist"), admin);
    CHECK(wrong_kind.status == 422);
    CHECK(wrong_kind.json().at("errors").at(0).at("pointer").as_string() == "/role");
    const auto made = post_json(i.port(), "/api/v1/users/invitations", invitation("provider"), admin);
    REQUIRE(made.status == 201);
    CHECK(post_json(i.port(), "/api/v1/users/invitations", invitation("provider"), admin).status == 409);
    CHECK(made.json().at("authorised_signatory").as_bool() == false);
    // Nobody types another person's password: there is no route for it (the CLI's
    // create-user stays for scripts).
    const auto typed = boost::json::serialize(boost::json::object{{"email", "typed@pilton.example"},
                                                                  {"display_name", "Sam"},
                                                                  {"role", "provider"},
                                                                  {"password", password},
                                                                  {"organisation_id", provider}});
    CHECK(post_json(i.port(), "/api/v1/users", typed, admin).status == 405);

    // Only an admin (or the organisation's administrators) names a signatory, and only
    // a provider user can be one: to a commissioner, a provider's account is not there.
    const auto path = "/api/v1/users/" + std::string{made.json().at("id").as_string()};
    CHECK(send(i.port(), {"PATCH", path, R"({"authorised_signatory": true})", "application/json", commissioner, {}}).status ==
          404);
    const auto named = send(i.port(), {"PATCH", path, R"({"authorised_signatory": true})", "application/json", admin, {}});
    REQUIRE_MESSAGE(named.status == 200, named.body);
    CHECK(named.json().at("authorised_signatory").as_bool());
    CHECK(get(i.port(), path, admin).json().at("authorised_signatory").as_bool());
    const auto commissioner_path = "/api/v1/users/" + i.db.scalar("SELECT id FROM app_user WHERE role = 'commissioner'");
    CHECK(send(i.port(), {"PATCH", commissioner_path, R"({"authorised_signatory": true})", "application/json", admin, {}})
              .status == 422);
    CHECK(send(i.port(), {"PATCH", "/api/v1/users/00000000-0000-0000-0000-000000000000", R"({"authorised_signatory": true})",
                          "application/json", admin, {}}).status == 404);
}

TEST_CASE("users see their own organisation, never another's") {
    Installation i;
    const auto provider = create_organisation(i.db.url(), "Canongate Youth", "provider");
    create_user(i.db.url(), provider, "staff@canongate.example", "provider", password);
    const auto staff = login(i.port(), "staff@canongate.example", password);
    CHECK(get(i.port(), "/api/v1/organisations/" + provider, staff).status == 200);
    CHECK(get(i.port(), "/api/v1/organisations/" + i.council, staff).status == 404);
    const auto admin = login(i.port(), "admin@edinburgh.example", password);
    CHECK(get(i.port(), "/api/v1/organisations/" + provider, admin).status == 200);
    CHECK(get(i.port(), "/api/v1/organisations/not-a-uuid", admin).status == 404);
}

namespace {

// The cookie a browser sign-in sets, as a browser would send it back.
std::string session_cookie(const HttpResponse& signed_in) {
    const auto set = signed_in.header("set-cookie");
    return set.substr(0, set.find(';'));
}

HttpResponse as_browser(std::uint16_t port, const std::string& method, const std::string& target, const std::string& cookie,
                        const std::string& csrf = {}, const std::string& body = {}) {
    HttpRequest request{method, target, body, "application/json", "", {{"Cookie", cookie}}};
    if (!csrf.empty()) request.headers["X-CSRF-Token"] = csrf;
    return send(port, request);
}

}  // namespace

TEST_CASE("a browser signs in once for every tab: an HttpOnly, SameSite=Strict cookie, never a token it can read") {
    Installation i;
    const auto signed_in = post_json(i.port(), "/api/v1/auth/login",
                                     R"({"email": "admin@edinburgh.example", "password": ")" + std::string{password} +
                                         R"(", "session": "browser"})");
    REQUIRE(signed_in.status == 200);
    const auto set = signed_in.header("set-cookie");
    CHECK(set.starts_with("collabtender_session="));
    CHECK(set.find("; HttpOnly") != std::string::npos);
    CHECK(set.find("; SameSite=Strict") != std::string::npos);
    CHECK(set.find("; Path=/api") != std::string::npos);
    CHECK(set.find("; Secure") == std::string::npos);  // plain HTTP here; behind HAProxy's TLS it is Secure
    const auto body = signed_in.json().as_object();
    CHECK_FALSE(body.contains("token"));
    CHECK(body.at("token_type").as_string() == "Cookie");
    const std::string csrf{body.at("csrf_token").as_string()};
    const auto cookie = session_cookie(signed_in);

    // Any tab: a new connection with the cookie alone is signed in.
    CHECK(as_browser(i.port(), "GET", "/api/v1/me", cookie).json().at("id").as_string() == i.admin_id);
    // A change also needs the session's CSRF token, which another site cannot read.
    const auto organisation = R"({"name": "Leith Care", "kind": "provider"})";
    const auto forged = as_browser(i.port(), "POST", "/api/v1/organisations", cookie, "", organisation);
    CHECK(forged.status == 403);
    CHECK(forged.json().at("type").as_string() == "urn:collabtender:problem:csrf-token-invalid");
    CHECK(as_browser(i.port(), "POST", "/api/v1/organisations", cookie, csrf + "x", organisation).status == 403);
    CHECK(as_browser(i.port(), "POST", "/api/v1/organisations", cookie, csrf, organisation).status == 201);
    // A stale cookie does not stop anyone reading public notices.
    CHECK(as_browser(i.port(), "GET", "/api/v1/tenders", "collabtender_session=stale").status == 200);

    SUBCASE("signing out ends the session and clears the cookie") {
        const auto out = as_browser(i.port(), "POST", "/api/v1/auth/logout", cookie, csrf);
        CHECK(out.status == 204);
        CHECK(out.header("set-cookie").find("Max-Age=0") != std::string::npos);
        CHECK(as_browser(i.port(), "GET", "/api/v1/me", cookie).status == 401);
    }
    SUBCASE("signing out everywhere ends every session of that person, API tokens too") {
        const auto api_token = login(i.port(), "admin@edinburgh.example", password);
        CHECK(as_browser(i.port(), "POST", "/api/v1/auth/logout", cookie, csrf, R"({"everywhere": true})").status == 204);
        CHECK(as_browser(i.port(), "GET", "/api/v1/me", cookie).status == 401);
        CHECK(get(i.port(), "/api/v1/me", api_token).status == 401);
    }
    SUBCASE("behind HAProxy's TLS the cookie is Secure") {
        const auto secure = send(i.port(), {"POST", "/api/v1/auth/login",
                                            R"({"email": "admin@edinburgh.example", "password": ")" +
                                                std::string{password} + R"(", "session": "browser"})",
                                            "application/json", "", {{"X-Forwarded-Proto", "https"}}});
        CHECK(secure.header("set-cookie").find("; Secure") != std::string::npos);
    }
}
