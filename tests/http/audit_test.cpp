// The audit trail over HTTP: events land with the change, the chain verifies,
// the database refuses to change it, and tampering by a superuser is caught.
#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include <boost/json.hpp>

#include "tests/support/accounts.hpp"
#include "tests/support/commissioning.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

TEST_CASE("a tender action appends a hash-chained audit event that verifies") {
    Commissioning c;
    const auto tender = c.published_pin();
    REQUIRE(c.call("POST", tender + "/clarifications", c.provider, R"({"question": "Is travel time paid?"})").status == 201);
    const auto events = c.call("GET", tender + "/audit", c.edinburgh_officer);
    REQUIRE_MESSAGE(events.status == 200, events.body);
    const auto body = events.json();
    const auto& items = body.at("items").as_array();
    REQUIRE_FALSE(items.empty());
    const auto published = std::find_if(items.begin(), items.end(), [](const auto& e) {
        return e.at("action").as_string() == "tender.publish_pin";
    });
    REQUIRE(published != items.end());
    CHECK(published->at("before").at("status").as_string() == "draft");
    CHECK(published->at("after").at("status").as_string() == "pin_published");
    CHECK(published->at("role").as_string() == "commissioner");
    // Who acted, in words: the owning body's own people by name, others by organisation.
    CHECK(published->at("actor_name").as_string() ==
          c.call("GET", "/api/v1/me", c.edinburgh_officer).json().at("display_name").as_string());
    CHECK(published->at("actor_organisation").as_string() == "Edinburgh HSCP");
    const auto asked = std::find_if(items.begin(), items.end(), [](const auto& e) {
        return e.at("action").as_string() == "clarification.ask";
    });
    REQUIRE(asked != items.end());
    CHECK(asked->at("actor_name").is_null());
    CHECK(asked->at("actor_organisation").as_string() == "Pilton Community Health Project");
    CHECK(items.front().at("previous_hash").as_string() == std::string(64, '0'));
    for (std::size_t i = 1; i < items.size(); ++i)
        CHECK(items[i].at("previous_hash") == items[i - 1].at("hash"));

    const auto verified = c.call("GET", "/api/v1/audit/verify?tender_id=" + id_of(tender), c.edinburgh_officer);
    REQUIRE_MESSAGE(verified.status == 200, verified.body);
    CHECK(verified.json().at("intact").as_bool());
    CHECK(verified.json().at("links").as_int64() == static_cast<std::int64_t>(items.size()));

    // Another body, a provider, and a commissioner without a tender learn nothing.
    CHECK(c.call("GET", tender + "/audit", c.glasgow_officer).status == 403);
    CHECK(c.call("GET", "/api/v1/audit/verify?tender_id=" + id_of(tender), c.glasgow_officer).status == 403);
    CHECK(c.call("GET", tender + "/audit", c.provider).status == 403);
    CHECK(c.call("GET", "/api/v1/audit/verify", c.edinburgh_officer).status == 422);
}

TEST_CASE("the database refuses to change audit events, and verification catches a superuser who does") {
    Commissioning c;
    const auto tender = c.published_pin();
    CHECK_THROWS(c.db.exec("UPDATE audit_event SET event = replace(event, 'draft', 'x')"));
    CHECK_THROWS(c.db.exec("DELETE FROM audit_event"));
    CHECK_THROWS(c.db.exec("TRUNCATE audit_event"));

    // A superuser can switch triggers off for a session, and does.
    c.db.exec("SET session_replication_role = replica; "
              "UPDATE audit_event SET event = replace(event, '\"draft\"', '\"stage1_open\"') "
              "WHERE event LIKE '%tender.publish_pin%'");
    const auto position = c.db.scalar("SELECT position FROM audit_event WHERE event LIKE '%tender.publish_pin%'");
    const auto admin_org = create_organisation(c.db.url(), "Operators", "commissioning_body");
    create_user(c.db.url(), admin_org, "admin@example.org", "admin", test_password);
    const auto admin = login(c.port(), "admin@example.org", test_password);

    const auto verified = c.call("GET", "/api/v1/audit/verify", admin);
    REQUIRE_MESSAGE(verified.status == 200, verified.body);
    const auto report = verified.json();
    CHECK_FALSE(report.at("intact").as_bool());
    const auto& broken = report.at("broken").as_array();
    REQUIRE(broken.size() == 1);
    CHECK(broken[0].at("chain").as_string() == id_of(tender));
    CHECK(std::to_string(broken[0].at("position").as_int64()) == position);
    CHECK(broken[0].at("reason").as_string() == "hash does not match the event");

    // Removing a chain's last link is caught too.
    const auto other = id_of(c.published_pin("EDI-PIN-2"));
    c.db.exec("SET session_replication_role = replica; DELETE FROM audit_event WHERE chain = '" + other +
              "' AND position = (SELECT max(position) FROM audit_event WHERE chain = '" + other + "')");
    const auto shortened = c.call("GET", "/api/v1/audit/verify", admin).json();
    CHECK(shortened.at("broken").as_array().size() == 2);
}

TEST_CASE("state changes across the bid lifecycle are each audited once") {
    Commissioning c;
    // The fixture's four sign-ins; the CLI that created their accounts is not audited.
    CHECK(c.db.scalar("SELECT count(*) FROM audit_event WHERE chain = 'global'") == "4");
    CHECK(c.db.scalar("SELECT count(*) FROM audit_event WHERE strpos(event, '" + c.provider + "') > 0") == "0");

    const auto tender = c.draft();
    const auto lot = c.call("POST", tender + "/lots", c.edinburgh_officer, lot_body(1));
    REQUIRE_MESSAGE(lot.status == 201, lot.body);
    const auto lot_id = std::string{lot.json().at("id").as_string()};
    REQUIRE(c.call("POST", tender + "/actions/publish_pin", c.edinburgh_officer).status == 200);
    c.open_stage1(tender, 1h, 2h);

    const auto consortium =
        c.call("POST", tender + "/consortia", c.provider, R"({"name": "Pilton alone"})").header("location");
    const auto created = c.call("POST", consortium + "/bids", c.provider, R"({"lot_id": ")" + lot_id + R"("})");
    REQUIRE_MESSAGE(created.status == 201, created.body);
    const auto bid = created.header("location");
    REQUIRE(c.call("PATCH", bid, c.provider, draft_with_rate(1400), "\"1\"").status == 200);
    const auto submit = [&] {
        return send(c.port(), {"POST", bid + "/submissions", declaration_body, "application/json", c.provider,
                               {{"Idempotency-Key", "lifecycle-1"}}});
    };
    c.sign_off(bid, {c.provider});
    const auto receipt = submit();
    REQUIRE_MESSAGE(receipt.status == 201, receipt.body);
    REQUIRE(submit().status == 200);  // the replay: the same receipt, no second event

    // While bids are sealed, the owning body's trail does not show who is bidding.
    const auto sealed = c.call("GET", tender + "/audit?limit=100", c.edinburgh_officer).json();
    for (const auto& e : sealed.at("items").as_array()) CHECK(e.at("entity_type").as_string() != "bid");
    c.server->pass_time(2h + 1s);  // past the stage-1 deadline
    REQUIRE(c.call("POST", tender + "/actions/close_stage1", c.edinburgh_officer).status == 200);

    const auto events = c.call("GET", tender + "/audit?limit=100", c.edinburgh_officer);
    REQUIRE_MESSAGE(events.status == 200, events.body);
    const auto body = events.json();
    const auto& items = body.at("items").as_array();
    CHECK(body.at("total").as_int64() == static_cast<std::int64_t>(items.size()));
    std::vector<std::string> actions;
    for (const auto& e : items) actions.emplace_back(e.at("action").as_string());
    // Each once, in the order they happened.
    const std::vector<std::string> expected{
        "tender.create",      "lot.create",        "tender.publish_pin", "criteria.replace",
        "gates.replace",      "tender.update",     "tender.open_stage1", "consortium.create",
        "bid.create",         "bid.draft_update",  "bid.sign_off",       "bid.submit",         "tender.close_stage1"};
    CHECK(actions == expected);
    for (std::size_t i = 1; i < items.size(); ++i) CHECK(items[i].at("previous_hash") == items[i - 1].at("hash"));
    // Pages of five, read as ranges of the tender's chain, add up to the same trail.
    std::vector<std::string> paged;
    for (int offset = 0; offset < 15; offset += 5) {
        const auto page = c.call("GET", tender + "/audit?limit=5&offset=" + std::to_string(offset), c.edinburgh_officer).json();
        CHECK(page.at("total").as_int64() == 13);
        for (const auto& e : page.at("items").as_array()) paged.emplace_back(e.at("action").as_string());
    }
    CHECK(paged == actions);

    const auto submitted = std::find_if(items.begin(), items.end(), [](const auto& e) {
        return e.at("action").as_string() == "bid.submit";
    });
    REQUIRE(submitted != items.end());
    const auto receipt_body = receipt.json();
    CHECK(submitted->at("entity_id").as_string() == bid.substr(bid.rfind('/') + 1));
    CHECK(submitted->at("after").at("sha256") == receipt_body.at("sha256"));
    CHECK(submitted->at("after").at("version").as_int64() == 1);
    CHECK(submitted->at("after").at("stage").as_int64() == 1);
    CHECK(submitted->at("role").as_string() == "provider");
    CHECK(submitted->at("organisation").as_string() == c.provider_organisation);

    const auto verified = c.call("GET", "/api/v1/audit/verify?tender_id=" + id_of(tender), c.edinburgh_officer);
    REQUIRE_MESSAGE(verified.status == 200, verified.body);
    const auto report = verified.json();
    CHECK(report.at("intact").as_bool());
    CHECK(report.at("links").as_int64() == static_cast<std::int64_t>(items.size()));

    // Signing out is audited on the global chain too.
    REQUIRE(c.call("POST", "/api/v1/auth/logout", c.provider).status == 204);
    CHECK(c.db.scalar("SELECT count(*) FROM audit_event WHERE chain = 'global'") == "5");
}
