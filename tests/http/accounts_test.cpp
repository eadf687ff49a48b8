// People's accounts over HTTP: invited by email, choosing and changing passwords,
// recovering a forgotten one, seeing and ending their sessions, deactivated when
// they leave. Links are read from the emails the server writes to its folder.
#include "tests/support/accounts.hpp"

#include <doctest/doctest.h>

#include <boost/json.hpp>

#include "tests/support/commissioning.hpp"
#include "tests/support/mail_folder.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

constexpr const char* new_password = "a brand new long password";

struct Accounts : WithAdmin {
    HttpResponse invite(const std::string& token, const std::string& email, const std::string& role,
                        const std::string& organisation_id) const {
        return call("POST", "/api/v1/users/invitations", token,
                    R"({"email": ")" + email + R"(", "display_name": "Morag Bell", "role": ")" + role +
                        R"(", "organisation_id": ")" + organisation_id + R"("})");
    }

    // The secret of the link to `page` in the one email sent to `address`.
    std::string emailed_link(const std::string& address, const std::string& page) const {
        const auto emails = emails_to(*server, address);
        REQUIRE(emails.size() == 1);
        const auto secret = link_secret(emails.front(), page);
        REQUIRE(!secret.empty());
        return secret;
    }

    // Every secret of links to `page` emailed to `address` so far.
    std::vector<std::string> emailed_links(const std::string& address, const std::string& page,
                                           std::size_t count) const {
        std::vector<std::string> out;
        for (const auto& email : emails_to(*server, address, count))
            if (auto secret = link_secret(email, page); !secret.empty()) out.push_back(secret);
        return out;
    }

    HttpResponse accept(const std::string& token, const std::string& password = new_password) const {
        return call("POST", "/api/v1/auth/invitation/accept", "",
                    R"({"token": ")" + token + R"(", "password": ")" + password + R"("})");
    }

    HttpResponse sign_in(const std::string& email, const std::string& password,
                         const std::string& user_agent = "doctest") const {
        HttpRequest request{"POST",
                            "/api/v1/auth/login",
                            R"({"email": ")" + email + R"(", "password": ")" + password + R"("})",
                            "application/json",
                            "",
                            {}};
        request.headers["User-Agent"] = user_agent;
        return send(port(), request);
    }

    std::string user_id(const std::string& email) const {
        return db.scalar("SELECT id FROM app_user WHERE email = '" + email + "'");
    }
};

std::string str(const boost::json::value& value, const char* name) { return std::string{value.at(name).as_string()}; }

}  // namespace

TEST_CASE("an admin invites a person by email: the link chooses their password once, and they sign in") {
    Accounts a;
    const auto invited = a.invite(a.admin, "morag@pilton.example", "provider", a.provider_organisation);
    REQUIRE_MESSAGE(invited.status == 201, invited.body);
    CHECK(str(invited.json(), "status") == "invited");
    CHECK(invited.header("location") == "/api/v1/users/" + str(invited.json(), "id"));
    // Invited, the person cannot sign in yet.
    CHECK(a.sign_in("morag@pilton.example", new_password).status == 401);

    const auto token = a.emailed_link("morag@pilton.example", "/welcome");
    // Only the token's SHA-256 is stored, and the email's copy is gone once sent.
    CHECK(a.db.scalar("SELECT count(*) FROM account_token WHERE token_hash = sha256('" + token + "'::bytea)") == "1");
    CHECK(a.db.scalar("SELECT count(*) FROM notification WHERE link_secret IS NOT NULL") == "0");

    const auto greeting = a.call("POST", "/api/v1/auth/invitation", "", R"({"token": ")" + token + R"("})");
    REQUIRE_MESSAGE(greeting.status == 200, greeting.body);
    CHECK(str(greeting.json(), "email") == "morag@pilton.example");
    CHECK(str(greeting.json(), "organisation_name") == "Pilton Community Health Project");

    const auto short_one = a.accept(token, "too short");
    CHECK(short_one.status == 422);
    CHECK(contains(pointers(short_one), "/password"));
    const auto accepted = a.accept(token);
    REQUIRE_MESSAGE(accepted.status == 200, accepted.body);
    CHECK(str(accepted.json(), "email") == "morag@pilton.example");

    const auto signed_in = a.sign_in("morag@pilton.example", new_password);
    REQUIRE_MESSAGE(signed_in.status == 200, signed_in.body);
    const auto used = a.accept(token, "another long password");
    CHECK(used.status == 410);
    CHECK(str(used.json(), "type") == "urn:collabtender:problem:link-invalid");
    CHECK(a.call("POST", "/api/v1/auth/invitation", "", R"({"token": ")" + token + R"("})").status == 410);
    CHECK(a.db.scalar("SELECT count(*) FROM audit_event WHERE event LIKE '%\"user.invitation_accept\"%'") == "1");

    // An admin finds any organisation to invite people into, their own included.
    const auto found = a.call("GET", "/api/v1/organisations?q=Edinburgh", a.admin);
    REQUIRE(found.status == 200);
    CHECK(found.json().at("items").as_array().size() == 1);

    // The address is now taken.
    const auto again = a.invite(a.admin, "MORAG@pilton.example", "provider", a.provider_organisation);
    CHECK(again.status == 409);
    CHECK(contains(pointers(again), "/email"));
}

TEST_CASE("a commissioner invites panellists of their own body only") {
    Accounts a;
    const auto own = a.call("POST", "/api/v1/users/invitations", a.edinburgh_officer,
                            R"({"email": "lived@edinburgh.example", "display_name": "Jo", "role": "panellist"})");
    REQUIRE_MESSAGE(own.status == 201, own.body);
    CHECK(str(own.json(), "organisation_id") == a.edinburgh);
    CHECK(a.invite(a.edinburgh_officer, "staff2@pilton.example", "provider", a.provider_organisation).status == 403);
    CHECK(a.invite(a.edinburgh_officer, "officer2@edinburgh.example", "commissioner", a.edinburgh).status == 403);
    CHECK(a.invite(a.glasgow_officer, "p2@edinburgh.example", "panellist", a.edinburgh).status == 403);
    CHECK(a.invite(a.provider, "p3@pilton.example", "provider", a.provider_organisation).status == 403);
    // A role that does not fit the organisation, and an organisation that is not there.
    const auto misfit = a.invite(a.admin, "x@pilton.example", "panellist", a.provider_organisation);
    CHECK(misfit.status == 422);
    CHECK(contains(pointers(misfit), "/role"));
    const auto nowhere = a.invite(a.admin, "y@pilton.example", "provider", "00000000-0000-0000-0000-000000000000");
    CHECK(nowhere.status == 422);
    CHECK(contains(pointers(nowhere), "/organisation_id"));

    // The commissioner lists their own panellists and nobody else.
    const auto listed = a.call("GET", "/api/v1/users", a.edinburgh_officer);
    REQUIRE(listed.status == 200);
    const auto page = listed.json();
    for (const auto& item : page.at("items").as_array()) {
        CHECK(str(item, "role") == "panellist");
        CHECK(str(item, "organisation_id") == a.edinburgh);
    }
    CHECK(page.at("total").as_int64() == 2);  // the fixture's panellist and Jo
    CHECK(a.call("GET", "/api/v1/users/" + a.user_id("staff@pilton.example"), a.edinburgh_officer).status == 404);
    CHECK(a.call("GET", "/api/v1/users", a.provider).status == 403);
    const auto searched = a.call("GET", "/api/v1/users?q=pilton&status=active", a.admin);
    REQUIRE(searched.status == 200);
    CHECK(searched.json().at("total").as_int64() == 1);
}

TEST_CASE("a resent invitation kills the earlier link; a withdrawn one kills its link; an old one expires") {
    Accounts a;
    const auto invited = a.invite(a.admin, "morag@pilton.example", "provider", a.provider_organisation);
    REQUIRE(invited.status == 201);
    const auto id = str(invited.json(), "id");
    const auto first = a.emailed_link("morag@pilton.example", "/welcome");

    const auto resent = a.call("POST", "/api/v1/users/" + id + "/invitation", a.admin);
    REQUIRE_MESSAGE(resent.status == 200, resent.body);
    const auto links = a.emailed_links("morag@pilton.example", "/welcome", 2);
    REQUIRE(links.size() == 2);
    const auto second = links[0] == first ? links[1] : links[0];
    CHECK(a.accept(first).status == 410);

    const auto withdrawn = a.call("DELETE", "/api/v1/users/" + id + "/invitation", a.admin);
    REQUIRE_MESSAGE(withdrawn.status == 200, withdrawn.body);
    CHECK(str(withdrawn.json(), "status") == "deactivated");
    CHECK(a.accept(second).status == 410);
    CHECK(a.call("POST", "/api/v1/users/" + id + "/invitation", a.admin).status == 409);

    // Invited again, the same account is taken up; its link lasts 7 days.
    const auto again = a.invite(a.admin, "morag@pilton.example", "provider", a.provider_organisation);
    REQUIRE_MESSAGE(again.status == 201, again.body);
    CHECK(str(again.json(), "id") == id);
    CHECK(str(again.json(), "status") == "invited");
    const auto third = a.emailed_links("morag@pilton.example", "/welcome", 3);
    REQUIRE(third.size() == 3);
    std::string fresh;
    for (const auto& secret : third)
        if (secret != first && secret != second) fresh = secret;
    a.server->pass_time(std::chrono::hours{24 * 7} + 1min);
    CHECK(a.accept(fresh).status == 410);
}

TEST_CASE("a forgotten password: the same answer for any address, a link that works once, other sessions end") {
    Accounts a;
    const auto known = a.call("POST", "/api/v1/auth/password-reset", "", R"({"email": "staff@pilton.example"})");
    const auto unknown = a.call("POST", "/api/v1/auth/password-reset", "", R"({"email": "nobody@pilton.example"})");
    CHECK(known.status == 202);
    CHECK(unknown.status == known.status);
    CHECK(unknown.body == known.body);
    const auto token = a.emailed_link("staff@pilton.example", "/reset-password");
    CHECK(emails_to(*a.server, "nobody@pilton.example", 0).empty());

    const auto checked = a.call("POST", "/api/v1/auth/password-reset/check", "", R"({"token": ")" + token + R"("})");
    REQUIRE(checked.status == 200);
    CHECK(str(checked.json(), "email") == "staff@pilton.example");
    const auto reset = a.call("POST", "/api/v1/auth/password-reset/confirm", "",
                              R"({"token": ")" + token + R"(", "password": ")" + std::string{new_password} + R"("})");
    REQUIRE_MESSAGE(reset.status == 200, reset.body);
    CHECK(a.call("GET", "/api/v1/me", a.provider).status == 401);  // the session from before ended
    CHECK(a.sign_in("staff@pilton.example", test_password).status == 401);
    CHECK(a.sign_in("staff@pilton.example", new_password).status == 200);
    CHECK(a.call("POST", "/api/v1/auth/password-reset/confirm", "",
                 R"({"token": ")" + token + R"(", "password": "yet another long password"})")
              .status == 410);
    // The person is told their password changed.
    const auto emails = emails_to(*a.server, "staff@pilton.example", 2);
    CHECK(emails.size() == 2);

    // A link lasts 30 minutes.
    REQUIRE(a.call("POST", "/api/v1/auth/password-reset", "", R"({"email": "panel@edinburgh.example"})").status == 202);
    const auto late = a.emailed_link("panel@edinburgh.example", "/reset-password");
    a.server->pass_time(31min);
    CHECK(a.call("POST", "/api/v1/auth/password-reset/confirm", "",
                 R"({"token": ")" + late + R"(", "password": ")" + std::string{new_password} + R"("})")
              .status == 410);
}

TEST_CASE("reset links are limited per address per hour, and asking is limited per client") {
    Accounts a;
    for (int i = 0; i < 5; ++i)
        REQUIRE(a.call("POST", "/api/v1/auth/password-reset", "", R"({"email": "staff@pilton.example"})").status ==
                202);
    CHECK(emails_to(*a.server, "staff@pilton.example", 4).size() == 3);
    CHECK(a.db.scalar("SELECT count(*) FROM account_token WHERE purpose = 'password_reset'") == "3");
    // The client's budget of sign-in-like requests (20) runs out, whatever the answers said.
    int refused = 0;
    for (int i = 0; i < 20 && refused == 0; ++i)
        if (a.call("POST", "/api/v1/auth/password-reset", "", R"({"email": "x@pilton.example"})").status == 429)
            ++refused;
    CHECK(refused == 1);
}

TEST_CASE("changing a password needs the current one, counts wrong ones, and ends the other sessions") {
    Accounts a;
    const auto other = login(a.port(), "staff@pilton.example", test_password);
    const auto wrong =
        a.call("POST", "/api/v1/me/password", a.provider,
               R"({"current_password": "not the password", "new_password": ")" + std::string{new_password} + R"("})");
    CHECK(wrong.status == 422);
    CHECK(contains(pointers(wrong), "/current_password"));
    CHECK(a.db.scalar("SELECT failures FROM login_throttle WHERE email_key = 'staff@pilton.example'") == "1");
    const auto weak =
        a.call("POST", "/api/v1/me/password", a.provider,
               R"({"current_password": ")" + std::string{test_password} + R"(", "new_password": "short"})");
    CHECK(contains(pointers(weak), "/new_password"));

    const auto changed = a.call("POST", "/api/v1/me/password", a.provider,
                                R"({"current_password": ")" + std::string{test_password} + R"(", "new_password": ")" +
                                    std::string{new_password} + R"("})");
    REQUIRE_MESSAGE(changed.status == 204, changed.body);
    CHECK(a.call("GET", "/api/v1/me", a.provider).status == 200);
    CHECK(a.call("GET", "/api/v1/me", other).status == 401);
    CHECK(a.sign_in("staff@pilton.example", new_password).status == 200);
    CHECK(emails_to(*a.server, "staff@pilton.example").size() == 1);
}

TEST_CASE("a person sees their own sessions and ends one or all the others") {
    Accounts a;
    const auto phone = a.sign_in("staff@pilton.example", test_password, "Phone browser");
    REQUIRE(phone.status == 200);
    const auto phone_token = str(phone.json(), "token");
    const auto listed = a.call("GET", "/api/v1/me/sessions", a.provider);
    REQUIRE_MESSAGE(listed.status == 200, listed.body);
    const auto body = listed.json();
    const auto& items = body.at("items").as_array();
    REQUIRE(items.size() == 2);
    std::string phone_id;
    int current = 0;
    for (const auto& item : items) {
        if (item.at("current").as_bool()) ++current;
        if (item.at("user_agent").is_string() && item.at("user_agent").as_string() == "Phone browser")
            phone_id = str(item, "id");
        CHECK(str(item, "client_address") == "127.0.0.1");
    }
    CHECK(current == 1);
    REQUIRE(!phone_id.empty());
    // Another person's session is not theirs to end.
    CHECK(a.call("DELETE", "/api/v1/me/sessions/" + phone_id, a.panellist).status == 404);
    REQUIRE(a.call("DELETE", "/api/v1/me/sessions/" + phone_id, a.provider).status == 204);
    CHECK(a.call("GET", "/api/v1/me", phone_token).status == 401);
    CHECK(a.call("GET", "/api/v1/me", a.provider).status == 200);

    const auto laptop = login(a.port(), "staff@pilton.example", test_password);
    REQUIRE(a.call("DELETE", "/api/v1/me/sessions", a.provider).status == 204);
    CHECK(a.call("GET", "/api/v1/me", laptop).status == 401);
    CHECK(a.call("GET", "/api/v1/me", a.provider).status == 200);
    CHECK(a.call("GET", "/api/v1/me/sessions", a.provider).json().at("items").as_array().size() == 1);
}

TEST_CASE("deactivation stops a live token at once, on every instance, and is audited with who and why") {
    Accounts a;
    ServerProcess second{a.db.url()};
    const auto provider_id = a.user_id("staff@pilton.example");
    CHECK(send(second.port(), HttpRequest{"GET", "/api/v1/me", "", "application/json", a.provider, {}}).status == 200);

    const auto no_reason =
        a.call("POST", "/api/v1/users/" + provider_id + "/deactivation", a.admin, R"({"reason": ""})");
    CHECK(no_reason.status == 422);
    const auto done = a.call("POST", "/api/v1/users/" + provider_id + "/deactivation", a.admin,
                             R"({"reason": "Left Pilton in November"})");
    REQUIRE_MESSAGE(done.status == 200, done.body);
    CHECK(str(done.json(), "status") == "deactivated");
    CHECK(str(done.json(), "deactivation_reason") == "Left Pilton in November");
    CHECK(a.call("GET", "/api/v1/me", a.provider).status == 401);
    CHECK(send(second.port(), HttpRequest{"GET", "/api/v1/me", "", "application/json", a.provider, {}}).status == 401);
    const auto refused = a.sign_in("staff@pilton.example", test_password);
    CHECK(refused.status == 403);
    CHECK(str(refused.json(), "type") == "urn:collabtender:problem:account-deactivated");
    CHECK(a.sign_in("staff@pilton.example", "a wrong password entirely").status == 401);
    CHECK(a.db.scalar("SELECT count(*) FROM audit_event WHERE event LIKE '%\"user.deactivate\"%' AND event LIKE "
                      "'%Left Pilton in November%'") == "1");

    const auto back = a.call("POST", "/api/v1/users/" + provider_id + "/reactivation", a.admin,
                             R"({"reason": "Returned in December"})");
    REQUIRE_MESSAGE(back.status == 200, back.body);
    CHECK(str(back.json(), "status") == "active");
    CHECK(a.call("GET", "/api/v1/me", a.provider).status == 401);  // old sessions stay ended
    CHECK(a.sign_in("staff@pilton.example", test_password).status == 200);
}

TEST_CASE("a commissioner deactivates their own panellists only, and nobody their own account") {
    Accounts a;
    const auto panellist_id = a.user_id("panel@edinburgh.example");
    CHECK(a.call("POST", "/api/v1/users/" + a.user_id("staff@pilton.example") + "/deactivation", a.edinburgh_officer,
                 R"({"reason": "no"})")
              .status == 404);
    CHECK(a.call("POST", "/api/v1/users/" + panellist_id + "/deactivation", a.glasgow_officer, R"({"reason": "no"})")
              .status == 404);
    const auto own = a.call("POST", "/api/v1/users/" + a.user_id("admin@edinburgh.example") + "/deactivation", a.admin,
                            R"({"reason": "testing"})");
    CHECK(own.status == 422);
    CHECK(contains(pointers(own), "/user_id"));
    const auto done = a.call("POST", "/api/v1/users/" + panellist_id + "/deactivation", a.edinburgh_officer,
                             R"({"reason": "Moved away"})");
    CHECK(done.status == 200);
    CHECK(a.call("GET", "/api/v1/me", a.panellist).status == 401);
    // Nor is a person who has left put on a panel.
    const auto tender = a.published_pin();
    const auto panel = a.call("POST", tender + "/panels", a.edinburgh_officer,
                              R"({"name": "Panel", "members": [{"user_id": ")" + panellist_id +
                                  R"(", "kind": "lived_experience", "chair": true}]})");
    CHECK(panel.status == 422);
    CHECK(contains(pointers(panel), "/members/0/user_id"));
    // ... nor offered to choose from.
    CHECK(a.call("GET", "/api/v1/panellists", a.edinburgh_officer).body.find(panellist_id) == std::string::npos);
}

TEST_CASE("a new email address is confirmed by a link sent to it, and the old address is told") {
    Accounts a;
    const auto wrong = a.call("POST", "/api/v1/me/email", a.provider,
                              R"({"new_email": "morag.new@pilton.example", "current_password": "not it at all"})");
    CHECK(wrong.status == 422);
    CHECK(contains(pointers(wrong), "/current_password"));
    const auto taken = a.call(
        "POST", "/api/v1/me/email", a.provider,
        R"({"new_email": "Officer@edinburgh.example", "current_password": ")" + std::string{test_password} + R"("})");
    CHECK(taken.status == 409);
    CHECK(contains(pointers(taken), "/new_email"));

    const auto asked = a.call(
        "POST", "/api/v1/me/email", a.provider,
        R"({"new_email": "morag.new@pilton.example", "current_password": ")" + std::string{test_password} + R"("})");
    REQUIRE_MESSAGE(asked.status == 202, asked.body);
    const auto token = a.emailed_link("morag.new@pilton.example", "/confirm-email");
    // Until it is confirmed, the old address signs in.
    CHECK(a.sign_in("staff@pilton.example", test_password).status == 200);

    const auto confirmed = a.call("POST", "/api/v1/auth/email-change/confirm", "", R"({"token": ")" + token + R"("})");
    REQUIRE_MESSAGE(confirmed.status == 200, confirmed.body);
    CHECK(str(confirmed.json(), "email") == "morag.new@pilton.example");
    CHECK(a.sign_in("morag.new@pilton.example", test_password).status == 200);
    CHECK(a.sign_in("staff@pilton.example", test_password).status == 401);
    CHECK(emails_to(*a.server, "staff@pilton.example").size() == 1);  // told of the change
    CHECK(a.call("POST", "/api/v1/auth/email-change/confirm", "", R"({"token": ")" + token + R"("})").status == 410);
    // No address in the audit trail: only ids and what happened.
    CHECK(a.db.scalar("SELECT count(*) FROM audit_event WHERE event LIKE '%pilton.example%'") == "0");
}

TEST_CASE("an organisation's register numbers are checked against their registers' formats and kept as printed") {
    Accounts a;
    const auto wrong = a.call("POST", "/api/v1/organisations", a.admin,
                              R"({"name": "Leith Care", "kind": "provider", "charity_number": "1012345",
                                  "company_number": "12345678X", "care_inspectorate_number": "CS123"})");
    CHECK(wrong.status == 422);
    CHECK(contains(pointers(wrong), "/charity_number"));
    CHECK(contains(pointers(wrong), "/company_number"));
    CHECK(contains(pointers(wrong), "/care_inspectorate_number"));
    const auto made = a.call("POST", "/api/v1/organisations", a.admin,
                             R"({"name": "Leith Care", "kind": "provider", "charity_number": "sc 012345",
                                 "company_number": "123456", "care_inspectorate_number": "cs2004071234"})");
    REQUIRE_MESSAGE(made.status == 201, made.body);
    CHECK(str(made.json(), "charity_number") == "SC012345");
    CHECK(str(made.json(), "company_number") == "00123456");
    CHECK(str(made.json(), "care_inspectorate_number") == "CS2004071234");
}
