// The audit trail over HTTP: events land with the change, the chain verifies,
// the database refuses to change it, and tampering by a superuser is caught.
#include <doctest/doctest.h>

#include <algorithm>

#include <boost/json.hpp>

#include "tests/support/accounts.hpp"
#include "tests/support/commissioning.hpp"

using namespace collabtender::test;

namespace {

std::string tender_id(const std::string& path) { return path.substr(path.rfind('/') + 1); }

}  // namespace

TEST_CASE("a tender action appends a hash-chained audit event that verifies") {
    Commissioning c;
    const auto tender = c.published_pin();
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
    CHECK(items.front().at("previous_hash").as_string() == std::string(64, '0'));
    for (std::size_t i = 1; i < items.size(); ++i)
        CHECK(items[i].at("previous_hash") == items[i - 1].at("hash"));

    const auto verified = c.call("GET", "/api/v1/audit/verify?tender_id=" + tender_id(tender), c.edinburgh_officer);
    REQUIRE_MESSAGE(verified.status == 200, verified.body);
    CHECK(verified.json().at("intact").as_bool());
    CHECK(verified.json().at("links").as_int64() == static_cast<std::int64_t>(items.size()));

    // Another body, a provider, and a commissioner without a tender learn nothing.
    CHECK(c.call("GET", tender + "/audit", c.glasgow_officer).status == 403);
    CHECK(c.call("GET", "/api/v1/audit/verify?tender_id=" + tender_id(tender), c.glasgow_officer).status == 403);
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
    CHECK(broken[0].at("chain").as_string() == tender_id(tender));
    CHECK(std::to_string(broken[0].at("position").as_int64()) == position);
    CHECK(broken[0].at("reason").as_string() == "hash does not match the event");

    // Removing a chain's last link is caught too.
    const auto other = tender_id(c.published_pin("EDI-PIN-2"));
    c.db.exec("SET session_replication_role = replica; DELETE FROM audit_event WHERE chain = '" + other +
              "' AND position = (SELECT max(position) FROM audit_event WHERE chain = '" + other + "')");
    const auto shortened = c.call("GET", "/api/v1/audit/verify", admin).json();
    CHECK(shortened.at("broken").as_array().size() == 2);
}
