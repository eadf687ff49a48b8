// The OCDS export, validated against the official OCDS 1.1.5 schemas (with the lots
// and bid extensions) in ../shared/ocds by tests/ocds/validate_ocds.py.
#include <doctest/doctest.h>

#include <fstream>
#include <thread>

#include <boost/json.hpp>

#include "tests/support/commissioning.hpp"
#include "tests/support/ocds.hpp"
#include "tests/support/server_process.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

// A tender in stage 1 with two lots, a session, criteria, gates and a question.
std::string open_tender(const Commissioning& c) {
    const auto path = c.draft();
    c.call("POST", path + "/lots", c.edinburgh_officer, lot_body(1));
    auto lot2 = boost::json::parse(lot_body(2)).as_object();
    lot2["max_awards"] = 2;
    lot2["annual_value_pence"] = 35'012'345;
    c.call("POST", path + "/lots", c.edinburgh_officer, boost::json::serialize(lot2));
    c.call("POST", path + "/information-sessions", c.edinburgh_officer,
           R"({"starts_at": ")" + at(86400s) + R"(", "ends_at": ")" + at(90000s) +
               R"(", "place": "Leith Community Centre", "online_link": "https://meet.example/pin", "capacity": 80})");
    REQUIRE(c.call("POST", path + "/actions/publish_pin", c.edinburgh_officer).status == 200);
    auto version = c.call("GET", path, c.edinburgh_officer).header("etag");
    version = c.call("PUT", path + "/criteria", c.edinburgh_officer, criteria_body, version).header("etag");
    version = c.call("PUT", path + "/gates", c.edinburgh_officer, gates_body, version).header("etag");
    const auto timetable = boost::json::serialize(boost::json::object{
        {"cpv_codes", {"85312000-9", "85320000-8"}},
        {"timetable",
         {{"clarification_cutoff", at(3600s)}, {"stage1_deadline", at(7200s)}, {"stage2_deadline", at(86400s * 30)}}}});
    REQUIRE(c.call("PATCH", path, c.edinburgh_officer, timetable, version).status == 200);
    REQUIRE(c.call("POST", path + "/actions/open_stage1", c.edinburgh_officer).status == 200);
    REQUIRE(c.call("POST", path + "/clarifications", c.provider, R"({"question": "Is TUPE expected?"})").status == 201);
    return path;
}

}  // namespace

TEST_CASE("the validator itself rejects a broken package") {
    const auto broken = validate_ocds(R"({"uri": "not a uri", "version": "1.1", "releases": []})");
    CHECK(broken.exit_code == 1);
    CHECK(broken.output.find("valid\n") != 0);
}

TEST_CASE("a tender in stage 1 exports a valid OCDS release package") {
    Commissioning c;
    const auto path = open_tender(c);
    const auto response = c.call("GET", path + "/ocds", "");
    REQUIRE(response.status == 200);
    const auto result = validate_ocds(response.body);
    CHECK_MESSAGE(result.exit_code == 0, result.output);

    const auto package = response.json();
    const auto& release = package.at("releases").at(0);
    CHECK(std::string{release.at("ocid").as_string()}.rfind("ocds-collabtender-", 0) == 0);
    CHECK(release.at("tag").as_array().size() == 2);
    const auto& tender = release.at("tender");
    CHECK(tender.at("status").as_string() == "active");
    CHECK(tender.at("id").as_string() == "EDI-2026-014");
    CHECK(tender.at("value").at("amount").to_number<double>() == 42'000'000.0);
    CHECK(tender.at("hasEnquiries").as_bool());
    CHECK(tender.at("lots").as_array().size() == 2);
    CHECK(tender.at("items").at(0).at("classification").at("id").as_string() == "85312000");
    CHECK(tender.at("items").at(0).at("additionalClassifications").at(0).at("id").as_string() == "85320000");
    // Lot 2: £350,123.45 a year for 60 months plus the 24-month extension.
    CHECK(tender.at("lots").at(1).at("value").at("amount").to_number<double>() == 2'450'864.15);
    CHECK(release.at("planning").at("milestones").as_array().size() == 1);
    CHECK(response.body.find("meet.example") == std::string::npos);  // the session link goes to booked people only
    CHECK(response.body.find("Is TUPE expected") == std::string::npos);
}

TEST_CASE("the export changes its release id when the tender changes") {
    Commissioning c;
    const auto path = c.published_pin();
    const auto first = c.call("GET", path + "/ocds", "");
    REQUIRE(first.status == 200);
    CHECK_MESSAGE(validate_ocds(first.body).exit_code == 0, validate_ocds(first.body).output);
    CHECK(first.json().at("releases").at(0).at("tender").at("status").as_string() == "planned");
    CHECK(c.call("GET", path + "/ocds", "").body == first.body);  // stable while nothing changes
    REQUIRE(c.call("PATCH", path, c.edinburgh_officer, R"({"title": "Renamed"})", "\"2\"").status == 200);
    const auto second = c.call("GET", path + "/ocds", "").json();
    CHECK(second.at("releases").at(0).at("id") != first.json().at("releases").at(0).at("id"));

    REQUIRE(c.call("POST", path + "/actions/cancel", c.edinburgh_officer, R"({"reason": "Withdrawn"})").status == 200);
    const auto cancelled = c.call("GET", path + "/ocds", "");
    CHECK_MESSAGE(validate_ocds(cancelled.body).exit_code == 0, validate_ocds(cancelled.body).output);
    CHECK(cancelled.json().at("releases").at(0).at("tender").at("status").as_string() == "cancelled");
}

TEST_CASE("drafts have no open data, even for their owner") {
    Commissioning c;
    const auto path = c.draft();
    CHECK(c.call("GET", path + "/ocds", c.edinburgh_officer).status == 404);
    CHECK(c.call("GET", path + "/ocds", "").status == 404);
}
