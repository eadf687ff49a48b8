// Moving a stage's deadline over HTTP: later before it passes, never earlier once
// bids have started; published as a clarification and told to every follower.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include "domain/time_format.hpp"
#include "tests/support/commissioning.hpp"

using namespace collabtender;
using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

std::string change(const std::string& deadline, const std::string& reason = "The lots were corrected late.") {
    return boost::json::serialize(boost::json::object{{"stage", 1}, {"deadline", deadline}, {"reason", reason}});
}

}  // namespace

TEST_CASE("a deadline moves later with a reason, published as a clarification and told to every follower") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto lot = c.first_lot(tender);
    const auto follower = c.another_provider("Cyrenians", "staff@cyrenians.example");
    REQUIRE(c.call("PUT", tender + "/lots/" + lot + "/interest", follower).status / 100 == 2);
    c.open_stage1(tender, 3600s, 3 * 24h);
    const auto bid = c.lone_bid(tender, lot, c.provider, "Pilton alone");  // started: the deadline cannot come earlier
    REQUIRE(c.call("PUT", "/api/v1/me/notification-settings", follower, R"({"email": {"deadline_changed": false}})").status ==
            422);  // a formal notice
    const auto path = tender + "/deadline-changes";

    // What may move is said before anyone tries: both stages, neither earlier (a bid has started).
    const auto before = c.call("GET", path, c.edinburgh_officer);
    REQUIRE_MESSAGE(before.status == 200, before.body);
    const auto standing = before.json();
    for (const auto& stage : standing.at("stages").as_array()) {
        CHECK(stage.at("movable").as_bool());
        CHECK_FALSE(stage.at("may_shorten").as_bool());
        CHECK(stage.at("refusal").is_null());
    }
    CHECK(standing.at("changes").as_array().empty());
    CHECK(c.call("GET", path, c.provider).status == 403);
    CHECK(c.call("GET", path, c.glasgow_officer).status / 100 == 4);

    const auto earlier = c.call("POST", path, c.edinburgh_officer, change(at(2 * 24h)));
    CHECK(earlier.status == 422);
    CHECK(earlier.json().at("errors").at(0).at("code").as_string() == "cannot_shorten");
    CHECK(contains(pointers(c.call("POST", path, c.edinburgh_officer, change(at(4 * 24h), ""))), "/reason"));
    CHECK(contains(pointers(c.call("POST", path, c.edinburgh_officer, R"({"stage": 1, "reason": "x"})")), "/deadline"));
    CHECK(c.call("POST", path, c.provider, change(at(4 * 24h))).status == 403);
    CHECK(c.call("POST", path, c.glasgow_officer, change(at(4 * 24h))).status / 100 == 4);

    const auto later = at(4 * 24h);
    const auto moved = c.call("POST", path, c.edinburgh_officer, change(later));
    REQUIRE_MESSAGE(moved.status == 200, moved.body);
    CHECK(domain::parse_rfc3339(moved.json().at("timetable").at("stage1_deadline").as_string()) == domain::parse_rfc3339(later));
    // The change is on the record: from when, to when, why and by whom.
    const auto record = c.call("GET", path, c.edinburgh_officer).json().at("changes");
    REQUIRE(record.as_array().size() == 1);
    CHECK(record.at(0).at("stage").as_int64() == 1);
    CHECK(domain::parse_rfc3339(record.at(0).at("deadline").as_string()) == domain::parse_rfc3339(later));
    CHECK(record.at(0).at("previous_deadline").is_string());
    CHECK(record.at(0).at("reason").as_string() == "The lots were corrected late.");
    CHECK(record.at(0).at("changed_by").at("display_name").as_string().size() > 0);

    // Every bidder can read when and why.
    const auto clarifications = c.call("GET", tender + "/clarifications", follower).json();
    bool published = false;
    for (const auto& item : clarifications.at("items").as_array())
        published = published || (item.at("published").as_bool() &&
                                  item.at("answer").as_string().find("The lots were corrected late.") != std::string::npos);
    CHECK(published);
    // The follower and the bidder are told; the buyer who moved it is not.
    for (const auto& token : {follower, c.provider}) {
        const auto listed = c.call("GET", "/api/v1/notifications", token).json();
        REQUIRE(listed.at("items").as_array().size() >= 1);
        const auto& notice = listed.at("items").at(0).as_object();
        CHECK(notice.at("kind").as_string() == "deadline_changed");
        CHECK(notice.at("text").as_string().find("The reason given: The lots were corrected late.") != std::string::npos);
    }
    CHECK(c.call("GET", "/api/v1/notifications", c.edinburgh_officer).json().at("total").as_int64() == 0);
    CHECK(c.db.scalar("SELECT count(*) FROM notification WHERE kind = 'deadline_changed' AND email_state = 'none'") == "0");

    // Once the deadline has passed, with the bids the tender needs, it stays where it is.
    REQUIRE(c.call("PATCH", bid, c.provider, draft_with_rate(1400), "\"1\"").status == 200);
    c.sign_off(bid, {c.provider});
    REQUIRE(send(c.port(), {"POST", bid + "/submissions", declaration_body, "application/json", c.provider, {{"Idempotency-Key", "1"}}})
                .status == 201);
    c.db.exec("UPDATE tender SET stage1_deadline = now() - interval '1 minute'");
    const auto passed = c.call("POST", path, c.edinburgh_officer, change(at(5 * 24h)));
    CHECK(passed.status == 409);
    CHECK(passed.json().at("type").as_string() == "urn:collabtender:problem:deadline-passed");
    const auto stages = c.call("GET", path, c.edinburgh_officer).json().at("stages");
    CHECK_FALSE(stages.at(0).at("movable").as_bool());
    CHECK(stages.at(0).at("refusal").at("code").as_string() == "deadline-passed");
    CHECK(stages.at(1).at("movable").as_bool());  // stage 2 is still ahead
}
