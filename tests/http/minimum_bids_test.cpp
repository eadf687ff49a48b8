// The tender's minimum number of bids per lot over HTTP: after a deadline a lot with
// fewer holds up closing the stage until the commissioner extends the deadline,
// proceeds with a recorded reason, or cancels the lot.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include "tests/support/commissioning.hpp"
#include "tests/support/ocds.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

struct ThreeLots {
    Commissioning c;
    std::string tender;
    std::vector<std::string> lots;

    ThreeLots() {
        tender = c.published_pin();
        for (int number : {2, 3}) REQUIRE(c.call("POST", tender + "/lots", c.edinburgh_officer, lot_body(number)).status == 201);
        const auto listed = c.call("GET", tender + "/lots", c.provider).json();
        for (const auto& lot : listed.at("items").as_array()) lots.emplace_back(lot.at("id").as_string());
        const auto version = c.call("GET", tender, c.edinburgh_officer).header("etag");
        const auto set = c.call("PATCH", tender, c.edinburgh_officer, R"({"minimum_bids": {"stage1": 2}})", version);
        REQUIRE_MESSAGE(set.status == 200, set.body);
        c.open_stage1(tender, 3600s, 3 * 24h);
    }

    std::string bid(const std::string& token, const std::string& lot, const std::string& name) const {
        return c.submitted_bid(tender, lot, token, name);
    }

    HttpResponse waive(const std::string& lot, const std::string& body) const {
        return c.call("POST", tender + "/lots/" + lot + "/minimum-bids-waiver", c.edinburgh_officer, body);
    }

    std::string type(const HttpResponse& response) const { return std::string{response.json().at("type").as_string()}; }

    void pass_deadline() const { c.db.exec("UPDATE tender SET stage1_deadline = now() - interval '1 second'"); }
};

}  // namespace

TEST_CASE("a tender states its minimum bids per lot and stage, 1 unless it says more") {
    Commissioning c;
    const auto tender = c.draft();
    CHECK(c.call("GET", tender, c.edinburgh_officer).json().at("minimum_bids") ==
          boost::json::parse(R"({"stage1": 1, "stage2": 1})"));
    const auto version = c.call("GET", tender, c.edinburgh_officer).header("etag");
    const auto bad = c.call("PATCH", tender, c.edinburgh_officer, R"({"minimum_bids": {"stage1": 0, "stage3": 2}})", version);
    CHECK(bad.status == 422);
    CHECK(contains(pointers(bad), "/minimum_bids/stage1"));
    CHECK(contains(pointers(bad), "/minimum_bids/stage3"));
}

TEST_CASE("a lot short of bids holds up closing the stage until waived, extended or cancelled") {
    ThreeLots t;
    auto& c = t.c;
    const auto cyrenians = c.another_provider("Cyrenians", "staff@cyrenians.example");
    const auto rival = c.another_provider("Health in Mind", "staff@him.example");
    t.bid(c.provider, t.lots[0], "Pilton alone");
    t.bid(cyrenians, t.lots[0], "Cyrenians");
    t.bid(rival, t.lots[1], "Health in Mind");

    // Before the deadline nothing is decided yet.
    const auto early = t.waive(t.lots[1], R"({"stage": 1, "reason": "Specialist service"})");
    CHECK(early.status == 409);
    CHECK(t.type(early) == "urn:collabtender:problem:not-after-deadline");
    t.pass_deadline();

    const auto standing = c.call("GET", t.tender + "/minimum-bids?stage=1", c.edinburgh_officer);
    REQUIRE_MESSAGE(standing.status == 200, standing.body);
    const auto report = standing.json();
    CHECK(report.at("minimum").as_int64() == 2);
    CHECK(report.at("deadline_passed").as_bool());
    CHECK(report.at("lots").at(0).at("bids").as_int64() == 2);
    CHECK_FALSE(report.at("lots").at(0).at("short").as_bool());
    CHECK(report.at("lots").at(1).at("short").as_bool());
    CHECK(report.at("lots").at(2).at("bids").as_int64() == 0);
    CHECK(c.call("GET", t.tender + "/minimum-bids", c.glasgow_officer).status == 403);
    CHECK(c.call("GET", t.tender + "/minimum-bids", c.provider).status == 403);

    const auto held = c.call("POST", t.tender + "/actions/close_stage1", c.edinburgh_officer);
    CHECK(held.status == 409);
    CHECK(pointers(held) == std::vector<std::string>{"/lots/2", "/lots/3"});
    CHECK(held.json().at("errors").at(0).at("detail").as_string().find("lot 2 has 1 bid, fewer than the 2") == 0);

    // Proceeding with lot 2: a reason on record, once, and only for a lot that is short.
    CHECK(contains(pointers(t.waive(t.lots[1], R"({"stage": 1, "reason": ""})")), "/reason"));
    CHECK(t.type(t.waive(t.lots[0], R"({"stage": 1, "reason": "x"})")) == "urn:collabtender:problem:not-short-of-bids");
    CHECK(c.call("POST", t.tender + "/lots/" + t.lots[1] + "/minimum-bids-waiver", c.glasgow_officer,
                 R"({"stage": 1, "reason": "x"})").status / 100 == 4);
    const auto waived = t.waive(t.lots[1], R"({"stage": 1, "reason": "Only one provider offers this specialist support"})");
    REQUIRE_MESSAGE(waived.status == 201, waived.body);
    CHECK_FALSE(waived.json().at("short").as_bool());
    CHECK(waived.json().at("waiver").at("bids").as_int64() == 1);
    const auto officer_name = waived.json().at("waiver").at("waived_by").at("display_name");
    CHECK(!officer_name.as_string().empty());  // the commissioners see who decided
    CHECK(t.type(t.waive(t.lots[1], R"({"stage": 1, "reason": "again"})")) == "urn:collabtender:problem:not-short-of-bids");

    // Lot 3 is still empty: the passed deadline may be extended for it.
    const auto extended = c.call("POST", t.tender + "/deadline-changes", c.edinburgh_officer,
                                 boost::json::serialize(boost::json::object{
                                     {"stage", 1}, {"deadline", at(2 * 24h)}, {"reason", "Too few bids for lot 3"}}));
    REQUIRE_MESSAGE(extended.status == 200, extended.body);
    const auto bethany = c.another_provider("Bethany Christian Trust", "staff@bethany.example");
    const auto late_bid = t.bid(bethany, t.lots[2], "Bethany");
    t.pass_deadline();
    CHECK(pointers(c.call("POST", t.tender + "/actions/close_stage1", c.edinburgh_officer)) ==
          std::vector<std::string>{"/lots/3"});

    // Still one short: the commissioner cancels lot 3, and its bidder is told why.
    CHECK(c.call("POST", t.tender + "/lots/" + t.lots[2] + "/cancellation", c.provider, R"({"reason": "x"})").status == 403);
    CHECK(contains(pointers(c.call("POST", t.tender + "/lots/" + t.lots[2] + "/cancellation", c.edinburgh_officer, "{}")),
                   "/reason"));
    const auto cancelled = c.call("POST", t.tender + "/lots/" + t.lots[2] + "/cancellation", c.edinburgh_officer,
                                  R"({"reason": "Not enough interest: the service will be recommissioned"})");
    REQUIRE_MESSAGE(cancelled.status == 200, cancelled.body);
    CHECK(cancelled.json().at("status").as_string() == "cancelled");
    CHECK(c.call("GET", t.tender + "/lots/" + t.lots[2], c.provider).json().at("cancellation").at("reason").as_string() ==
          "Not enough interest: the service will be recommissioned");
    CHECK(c.call("GET", late_bid, bethany).json().at("status").as_string() == "lot_cancelled");
    // The tender's commissioners see who cancelled it; bidders see the reason, not the person.
    const auto decided = c.call("GET", t.tender + "/minimum-bids?stage=1", c.edinburgh_officer).json();
    CHECK(decided.at("lots").at(2).at("cancellation").at("cancelled_by").at("display_name") == officer_name);
    CHECK(decided.at("lots").at(1).at("waiver").at("waived_by").at("display_name") == officer_name);
    CHECK(decided.at("lots").at(0).at("cancellation").is_null());
    const auto public_lot = c.call("GET", t.tender + "/lots/" + t.lots[2], c.provider).json();
    CHECK_FALSE(public_lot.at("cancellation").as_object().contains("cancelled_by"));
    const auto notice = c.call("GET", "/api/v1/notifications", bethany).json().at("items").at(0).as_object();
    CHECK(notice.at("kind").as_string() == "lot_cancelled");
    CHECK(notice.at("text").as_string().find("The reason given: Not enough interest") != std::string::npos);
    CHECK(c.call("POST", t.tender + "/lots/" + t.lots[2] + "/cancellation", c.edinburgh_officer, R"({"reason": "again"})")
              .status == 409);
    // Nothing short now, so the passed deadline stays where it is.
    CHECK(t.type(c.call("POST", t.tender + "/deadline-changes", c.edinburgh_officer,
                        boost::json::serialize(boost::json::object{
                            {"stage", 1}, {"deadline", at(2 * 24h)}, {"reason", "Once more"}}))) ==
          "urn:collabtender:problem:deadline-passed");

    REQUIRE(c.call("POST", t.tender + "/actions/close_stage1", c.edinburgh_officer).status == 200);
    const auto opened = c.call("GET", t.tender + "/submissions?stage=1", c.edinburgh_officer).json().at("items").as_array();
    CHECK(opened.size() == 3);  // the cancelled lot's bid is not evaluated
    for (const auto& s : opened) CHECK(s.at("bid_id").as_string() != id_of(late_bid));
    CHECK(t.type(c.call("GET", "/api/v1/lots/" + t.lots[2] + "/ranking", c.edinburgh_officer)) ==
          "urn:collabtender:problem:lot-cancelled");
    // Open data says so too, and stays valid OCDS.
    const auto package = c.call("GET", t.tender + "/ocds", c.provider);
    CHECK(package.json().at("releases").at(0).at("tender").at("lots").at(2).at("status").as_string() == "cancelled");
    const auto checked = validate_ocds(package.body);
    CHECK_MESSAGE(checked.exit_code == 0, checked.output);
    CHECK(c.db.scalar("SELECT count(*) FROM audit_event WHERE event LIKE '%lot.minimum_bids_waive%' "
                      "OR event LIKE '%lot.cancel%'") == "2");
}

TEST_CASE("before stage 1 opens a lot is deleted, not cancelled") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto refused = c.call("POST", tender + "/lots/" + c.first_lot(tender) + "/cancellation", c.edinburgh_officer,
                                R"({"reason": "Not needed"})");
    CHECK(refused.status == 409);
    CHECK(refused.json().at("detail").as_string().find("delete the lot instead") != std::string::npos);
}
