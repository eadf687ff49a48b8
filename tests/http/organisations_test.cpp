// Organisations run by their own people over HTTP: a provider registers itself and
// confirms its address, an admin approves (its contact becomes its first
// administrator) or refuses with a reason, an organisation's administrators keep
// its details and people, and an admin closes an organisation. Links are read
// from the emails the server writes to its folder.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include "tests/support/accounts.hpp"
#include "tests/support/commissioning.hpp"
#include "tests/support/mail_folder.hpp"
#include "tests/support/smtp_sink.hpp"

using namespace collabtender::test;

namespace {

constexpr const char* first_password = "the first user's long password";

struct Organisations : WithAdmin {
    HttpResponse register_provider(const std::string& body) const {
        return call("POST", "/api/v1/registrations", "", body);
    }

    // The secret of the link to `page` in the newest of `count` emails to `address`.
    std::string link_to(const std::string& address, const std::string& page, std::size_t count = 1) const {
        const auto emails = emails_to(*server, address, count);
        REQUIRE(emails.size() == count);
        std::string secret;
        for (const auto& email : emails)
            if (auto found = link_secret(email, page); !found.empty()) secret = found;
        REQUIRE(!secret.empty());
        return secret;
    }

    int emails_queued_to(const std::string& address) const {
        return std::stoi(db.scalar("SELECT count(*) FROM notification WHERE to_address = '" + address + "'"));
    }
};

std::string str(const boost::json::value& value, const char* name) { return std::string{value.at(name).as_string()}; }

// A SCIO that names itself as Pilton's does, but for "The" and "SCIO".
constexpr const char* hope_scio = R"({"name": "The Pilton Community Health Project SCIO", "legal_form": "scio",
    "charity_number": "sc 045 123", "care_inspectorate_number": "cs2019012345",
    "contact_name": "Ailsa Ross", "contact_email": "ailsa@pchp.example"})";

}  // namespace

TEST_CASE("a provider registers itself, confirms its address, an admin approves: its contact administers it") {
    Organisations o;
    // Each legal form gives the numbers it has, in its register's format.
    const auto no_number = o.register_provider(
        R"({"name": "Hope SCIO", "legal_form": "scio", "contact_name": "A", "contact_email": "a@hope.example"})");
    CHECK(no_number.status == 422);
    CHECK(contains(pointers(no_number), "/charity_number"));
    const auto bad = o.register_provider(
        R"({"name": "Hope Ltd", "legal_form": "company", "company_number": "123456789", "contact_name": "",
            "contact_email": "nowhere", "kind": "provider"})");
    CHECK(bad.status == 422);
    for (const std::string pointer : {"/company_number", "/contact_name", "/contact_email", "/kind"}) {
        CAPTURE(pointer);
        CAPTURE(bad.body);
        CHECK(contains(pointers(bad), pointer));
    }
    CHECK(o.db.scalar("SELECT count(*) FROM organisation_registration") == "0");

    const auto sent = o.register_provider(hope_scio);
    REQUIRE_MESSAGE(sent.status == 202, sent.body);
    const auto token = o.link_to("ailsa@pchp.example", "/register/confirm");
    // Only the token's SHA-256 is kept; numbers as their registers print them.
    CHECK(o.db.scalar("SELECT charity_number || ' ' || care_inspectorate_number FROM organisation_registration "
                      "WHERE confirmation_hash = sha256('" +
                      token + "'::bytea)") == "SC045123 CS2019012345");

    // Not confirmed, it is not waiting for anyone.
    CHECK(o.call("GET", "/api/v1/registrations", o.admin).json().at("items").as_array().empty());
    const auto confirmed = o.call("POST", "/api/v1/registrations/confirmation", "", R"({"token": ")" + token + R"("})");
    REQUIRE_MESSAGE(confirmed.status == 200, confirmed.body);
    CHECK(str(confirmed.json(), "status") == "waiting");
    CHECK(o.call("POST", "/api/v1/registrations/confirmation", "", R"({"token": ")" + token + R"("})").status == 410);

    // Only admins read registrations.
    CHECK(o.call("GET", "/api/v1/registrations", o.provider).status == 403);
    const auto waiting = o.call("GET", "/api/v1/registrations", o.admin);
    REQUIRE(waiting.status == 200);
    const auto waiting_body = waiting.json();
    const auto& items = waiting_body.at("items").as_array();
    REQUIRE(items.size() == 1);
    const auto id = str(items[0], "id");
    // Pilton's own record is named as a likely duplicate, by its name.
    const auto& duplicates = items[0].at("possible_duplicates").as_array();
    REQUIRE(duplicates.size() == 1);
    CHECK(str(duplicates[0], "organisation_id") == o.provider_organisation);
    CHECK(duplicates[0].at("reasons").as_array() == boost::json::array{"similar_name"});

    const auto approved = o.call("POST", "/api/v1/registrations/" + id + "/approval", o.admin, "{}");
    REQUIRE_MESSAGE(approved.status == 200, approved.body);
    const auto approved_body = approved.json();
    CHECK(str(approved_body, "status") == "approved");
    CHECK(str(approved_body.at("decided_by"), "display_name") != "");
    const auto organisation_id = str(approved_body, "organisation_id");
    const auto twice = o.call("POST", "/api/v1/registrations/" + id + "/approval", o.admin, "{}");
    CHECK(twice.status == 409);
    CHECK(str(twice.json(), "type") == "urn:collabtender:problem:registration-decided");
    const auto organisation = o.call("GET", "/api/v1/organisations/" + organisation_id, o.admin).json();
    CHECK(str(organisation, "legal_form") == "scio");
    CHECK(str(organisation, "charity_number") == "SC045123");

    // The contact is invited as the organisation's first person and administrator.
    const auto invitation = o.link_to("ailsa@pchp.example", "/welcome", 2);
    const auto accepted = o.call("POST", "/api/v1/auth/invitation/accept", "",
                                 R"({"token": ")" + invitation + R"(", "password": ")" + first_password + R"("})");
    REQUIRE_MESSAGE(accepted.status == 200, accepted.body);
    const auto ailsa = login(o.port(), "ailsa@pchp.example", first_password);
    const auto me = o.call("GET", "/api/v1/me", ailsa).json();
    CHECK(me.at("organisation_admin").as_bool());
    CHECK(str(me.at("organisation"), "id") == organisation_id);

    // She invites a colleague, only into her own organisation and as provider staff.
    const auto colleague = o.call("POST", "/api/v1/users/invitations", ailsa,
                                  R"({"email": "rab@pchp.example", "display_name": "Rab", "role": "provider"})");
    REQUIRE_MESSAGE(colleague.status == 201, colleague.body);
    CHECK(str(colleague.json(), "organisation_id") == organisation_id);
    CHECK(o.call("POST", "/api/v1/users/invitations", ailsa,
                 R"({"email": "x@pchp.example", "display_name": "X", "role": "commissioner"})")
              .status == 422);
    CHECK(o.call("POST", "/api/v1/users/invitations", ailsa,
                 R"({"email": "y@pchp.example", "display_name": "Y", "role": "provider", "organisation_id": ")" +
                     o.provider_organisation + R"("})")
              .status == 403);
    const auto people = o.call("GET", "/api/v1/users", ailsa);
    REQUIRE(people.status == 200);
    CHECK(people.json().at("total").as_int64() == 2);

    // She keeps its details; the change is audited field by field.
    const auto changed = o.call("PATCH", "/api/v1/organisations/" + organisation_id, ailsa,
                                R"({"postal_address": "1 Ferry Road\nEdinburgh", "company_number": "sc123456",
                                    "legal_form": "charitable_company"})");
    REQUIRE_MESSAGE(changed.status == 200, changed.body);
    CHECK(str(changed.json(), "company_number") == "SC123456");
    CHECK(o.db.scalar("SELECT event::json->'before'->>'legal_form' || '>' || (event::json->'after'->>'legal_form') "
                      "FROM audit_event WHERE event LIKE '%\"organisation.update\"%'") == "scio>charitable_company");
    const auto wrong = o.call("PATCH", "/api/v1/organisations/" + organisation_id, ailsa,
                              R"({"company_number": null, "kind": "commissioning_body"})");
    CHECK(wrong.status == 422);
    CHECK(contains(pointers(wrong), "/company_number"));  // a charitable company has one
    CHECK(contains(pointers(wrong), "/kind"));
    // Another organisation's details are not hers; Pilton's staff are not its administrators.
    CHECK(o.call("PATCH", "/api/v1/organisations/" + o.provider_organisation, ailsa, R"({"name": "Mine"})").status ==
          404);
    CHECK(
        o.call("PATCH", "/api/v1/organisations/" + o.provider_organisation, o.provider, R"({"name": "Mine"})").status ==
        403);
    CHECK(o.call("GET", "/api/v1/users", o.provider).status == 403);
    CHECK(o.call("POST", "/api/v1/users/invitations", o.provider,
                 R"({"email": "z@pilton.example", "display_name": "Z", "role": "provider"})")
              .status == 403);

    // She makes her colleague an administrator too, but cannot stop being one herself.
    const auto rab = str(colleague.json(), "id");
    const auto granted = o.call("PATCH", "/api/v1/users/" + rab, ailsa, R"({"organisation_admin": true})");
    REQUIRE_MESSAGE(granted.status == 200, granted.body);
    CHECK(granted.json().at("organisation_admin").as_bool());
    const auto own = str(me, "id");
    CHECK(o.call("PATCH", "/api/v1/users/" + own, ailsa, R"({"organisation_admin": false})").status == 422);
    CHECK(o.call("PATCH", "/api/v1/users/" + rab, ailsa, "{}").status == 422);  // nothing to change, nothing audited
}

TEST_CASE("a registration is decided once confirmed; a refusal emails its reason; links are limited per hour") {
    Organisations o;
    REQUIRE(o.register_provider(hope_scio).status == 202);
    const auto id = o.db.scalar("SELECT id FROM organisation_registration");
    const auto early = o.call("POST", "/api/v1/registrations/" + id + "/refusal", o.admin, R"({"reason": "No"})");
    CHECK(early.status == 409);
    CHECK(str(early.json(), "type") == "urn:collabtender:problem:registration-decided");
    const auto token = o.link_to("ailsa@pchp.example", "/register/confirm");
    REQUIRE(o.call("POST", "/api/v1/registrations/confirmation", "", R"({"token": ")" + token + R"("})").status == 200);

    CHECK(o.call("POST", "/api/v1/registrations/" + id + "/refusal", o.admin, R"({"reason": ""})").status == 422);
    const auto refused =
        o.call("POST", "/api/v1/registrations/" + id + "/refusal", o.admin,
               R"({"reason": "Pilton Community Health Project is registered already: ask its staff."})");
    REQUIRE_MESSAGE(refused.status == 200, refused.body);
    CHECK(str(refused.json(), "status") == "refused");
    const auto emails = emails_to(*o.server, "ailsa@pchp.example", 2);
    REQUIRE(emails.size() == 2);
    CHECK((plain_text(emails[0]).find("ask its staff") != std::string::npos ||
           plain_text(emails[1]).find("ask its staff") != std::string::npos));
    CHECK(o.call("POST", "/api/v1/registrations/" + id + "/approval", o.admin, "{}").status == 409);
    CHECK(o.db.scalar("SELECT count(*) FROM organisation WHERE name LIKE 'The Pilton%'") == "0");

    // Three links an hour to one address; a fourth request is answered the same and sends nothing.
    REQUIRE(o.register_provider(hope_scio).status == 202);
    REQUIRE(o.register_provider(hope_scio).status == 202);
    const auto fourth = o.register_provider(hope_scio);
    CHECK(fourth.status == 202);
    CHECK(o.emails_queued_to("ailsa@pchp.example") == 4);  // three links and the refusal
    o.server->pass_time(std::chrono::minutes{61});
    REQUIRE(o.register_provider(hope_scio).status == 202);
    CHECK(o.emails_queued_to("ailsa@pchp.example") == 5);
}

TEST_CASE("an approval whose contact has an account already makes nothing") {
    Organisations o;
    REQUIRE(o.register_provider(R"({"name": "Leith Care", "legal_form": "partnership", "contact_name": "Sam",
                                    "contact_email": "ADMIN@edinburgh.example"})")
                .status == 202);
    const auto token = o.link_to("ADMIN@edinburgh.example", "/register/confirm");
    REQUIRE(o.call("POST", "/api/v1/registrations/confirmation", "", R"({"token": ")" + token + R"("})").status == 200);
    const auto id = o.db.scalar("SELECT id FROM organisation_registration");
    const auto taken = o.call("POST", "/api/v1/registrations/" + id + "/approval", o.admin, "{}");
    CHECK(taken.status == 409);
    CHECK(str(taken.json(), "type") == "urn:collabtender:problem:email-taken");
    CHECK(o.db.scalar("SELECT count(*) FROM organisation WHERE name = 'Leith Care'") == "0");
    CHECK(str(o.call("GET", "/api/v1/registrations/" + id, o.admin).json(), "status") == "waiting");
}

TEST_CASE("an admin closes an organisation: its people lose access at once, and its history stays") {
    Organisations o;
    const auto path = "/api/v1/organisations/" + o.provider_organisation;
    CHECK(o.call("POST", path + "/closure", o.provider, R"({"reason": "Gone"})").status == 403);
    // The body the admins sit in is not closed under them.
    const auto own = o.call("POST", "/api/v1/organisations/" + o.edinburgh + "/closure", o.admin, R"({"reason": "x"})");
    CHECK(own.status == 422);
    CHECK(contains(pointers(own), "/organisation_id"));
    CHECK(o.call("POST", path + "/closure", o.admin,
                 R"({"reason": "Merged", "merged_into": ")" + o.provider_organisation + R"("})")
              .status == 422);
    const auto closed =
        o.call("POST", path + "/closure", o.admin,
               R"({"reason": "Merged with Edinburgh's in-house team", "merged_into": ")" + o.edinburgh + R"("})");
    REQUIRE_MESSAGE(closed.status == 200, closed.body);
    const auto body = closed.json();
    CHECK(str(body, "status") == "closed");
    CHECK(str(body.at("merged_into"), "id") == o.edinburgh);
    // Its staff's live token stops at once; the organisation is found no more.
    CHECK(o.call("GET", "/api/v1/me", o.provider).status == 401);
    CHECK(o.call("GET", "/api/v1/organisations?q=Pilton", o.admin).json().at("items").as_array().empty());
    const auto again = o.call("POST", path + "/closure", o.admin, R"({"reason": "Again"})");
    CHECK(again.status == 409);
    CHECK(str(again.json(), "type") == "urn:collabtender:problem:organisation-closed");
    CHECK(o.call("PATCH", path, o.admin, R"({"name": "Renamed"})").status == 409);
    // What its people did stays, under their names.
    CHECK(o.db.scalar("SELECT count(*) FROM app_user WHERE organisation_id = '" + o.provider_organisation +
                      "' AND deactivation_reason = 'Organisation closed'") == "1");
    // The account audit trail shows the closure, newest first, with who did it.
    CHECK(o.call("GET", "/api/v1/audit/accounts", o.edinburgh_officer).status == 403);
    const auto trail =
        o.call("GET", "/api/v1/audit/accounts?entity_type=organisation&entity_id=" + o.provider_organisation, o.admin);
    REQUIRE_MESSAGE(trail.status == 200, trail.body);
    const auto trail_body = trail.json();
    const auto& events = trail_body.at("items").as_array();
    REQUIRE(!events.empty());
    CHECK(str(events[0], "action") == "organisation.close");
    CHECK(events[0].at("after").at("people_deactivated").as_int64() == 1);
    CHECK(str(events[0], "actor_organisation") == "Edinburgh HSCP");
}
