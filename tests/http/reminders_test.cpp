// Reminders from the shared timetable (scheduled_job), over HTTP against the
// real service: partnerships with unsent bids before a deadline, panel members
// with bids to score before the panel's date; each once per person per event.
#include <doctest/doctest.h>

#include <thread>

#include <boost/json.hpp>

#include "domain/time_format.hpp"
#include "tests/support/commissioning.hpp"

using namespace collabtender::test;
using collabtender::domain::format_rfc3339;
using namespace std::chrono_literals;

namespace {

// Makes every job due and waits until the timetable has run them all again.
void run_timetable(const Commissioning& c) {
    c.db.exec("UPDATE scheduled_job SET next_run_at = now() - interval '1 second'");
    for (int i = 0; i < 200; ++i) {
        if (c.db.scalar("SELECT count(*) FROM scheduled_job WHERE next_run_at <= now()") == "0") return;
        std::this_thread::sleep_for(50ms);
    }
    FAIL("the timetable did not run");
}

std::string reminders(const Commissioning& c, const std::string& kind) {
    return c.db.scalar("SELECT count(*) FROM notification WHERE kind = '" + kind + "'");
}

}  // namespace

TEST_CASE("a partnership with an unsent bid is reminded a week and a day before the deadline, once each") {
    Commissioning c;
    const auto tender = c.published_pin();
    c.open_stage1(tender, 1800s, 3 * 24h);
    const auto lot = c.first_lot(tender);
    c.lone_bid(tender, lot, c.provider, "Pilton alone");
    // A partnership that has sent its bid hears nothing.
    const auto sent = c.another_provider("Cyrenians", "staff@cyrenians.example");
    const auto sent_bid = c.submitted_bid(tender, lot, sent, "Cyrenians");

    run_timetable(c);
    const auto listed = c.call("GET", "/api/v1/notifications", c.provider).json();
    REQUIRE(listed.at("items").as_array().size() == 1);
    const auto& reminder = listed.at("items").at(0).as_object();
    CHECK(reminder.at("kind").as_string() == "deadline_reminder");
    CHECK(reminder.at("text").as_string().find("less than a week") != std::string::npos);
    CHECK(reminder.at("link").as_string().starts_with("/bids/"));
    run_timetable(c);
    CHECK(reminders(c, "deadline_reminder") == "1");  // once, however often the timetable runs

    // A day before: the second reminder, also once.
    c.db.exec("UPDATE tender SET stage1_deadline = now() + interval '20 hours'");
    run_timetable(c);
    run_timetable(c);
    CHECK(reminders(c, "deadline_reminder") == "2");
    CHECK(c.call("GET", "/api/v1/notifications", c.provider).json().at("items").at(0).at("text").as_string().find(
              "less than a day") != std::string::npos);
    const auto others = c.call("GET", "/api/v1/notifications", sent).json();
    for (const auto& n : others.at("items").as_array()) CHECK(n.at("kind").as_string() != "deadline_reminder");
}

TEST_CASE("panel members with bids still to score are reminded before the panel's date, and not once they have sent") {
    Commissioning c;
    const auto tender = c.published_pin();
    c.open_stage1(tender, 1h, 2h);
    const auto bid = c.submitted_bid(tender, c.first_lot(tender), c.provider, "Pilton alone");
    const auto now = c.server->pass_time(2h + 1s);  // past the stage-1 deadline
    REQUIRE(c.call("POST", tender + "/actions/close_stage1", c.edinburgh_officer).status == 200);

    const auto me = c.call("GET", "/api/v1/me", c.panellist).json();
    const auto panel = boost::json::serialize(boost::json::object{
        {"name", "Tender panel"},
        {"scoring_due_at", format_rfc3339(now + 48h)},  // by the server's clock, not at()'s
        {"members", {{{"user_id", me.at("id")}, {"kind", "lived_experience"}, {"chair", true}}}}});
    const auto formed = c.call("POST", tender + "/panels", c.edinburgh_officer, panel);
    REQUIRE_MESSAGE(formed.status == 201, formed.body);
    CHECK_FALSE(formed.json().at("scoring_due_at").is_null());
    CHECK(reminders(c, "panel_membership") == "1");

    run_timetable(c);
    const auto listed = c.call("GET", "/api/v1/notifications", c.panellist).json();
    REQUIRE(listed.at("items").as_array().size() == 2);
    CHECK(listed.at("items").at(0).at("kind").as_string() == "scoring_reminder");
    CHECK(listed.at("items").at(0).at("text").as_string().find("You still have 1 bid to score") == 0);
    CHECK(listed.at("items").at(0).at("link").as_string() == "/panels");

    c.score_bids(tender, {bid});
    c.db.exec("UPDATE panel SET scoring_due_at = '" + format_rfc3339(now + 20h) + "'");
    run_timetable(c);
    CHECK(reminders(c, "scoring_reminder") == "1");  // scores sent: no reminder on the last day
}

TEST_CASE("a partnership whose latest version was withdrawn is reminded: an earlier version does not count as sent") {
    Commissioning c;
    const auto tender = c.published_pin();
    c.open_stage1(tender, 1800s, 3 * 24h);
    const auto bid = c.submitted_bid(tender, c.first_lot(tender), c.provider, "Pilton alone");
    c.sign_off(bid, {c.provider});
    REQUIRE(send(c.port(), {"POST", bid + "/submissions", declaration_body, "application/json", c.provider, {{"Idempotency-Key", "v2"}}})
                .status == 201);
    REQUIRE(c.call("POST", bid + "/withdrawal", c.provider).status == 200);
    REQUIRE(c.db.scalar("SELECT count(*) FROM bid_submission WHERE withdrawn_at IS NULL") == "1");  // version 1

    run_timetable(c);
    CHECK(reminders(c, "deadline_reminder") == "1");
}

TEST_CASE("panel members are reminded only of bids they can score: not a cancelled lot's, a gate's failure or one awaiting reconfirmation") {
    Commissioning c;
    const auto tender = c.published_pin();
    REQUIRE(c.call("POST", tender + "/lots", c.edinburgh_officer, lot_body(2)).status == 201);
    c.open_stage1(tender, 3600s, 3 * 24h);
    const auto lots = c.lots(tender);
    const auto& first = lots[0];
    const auto& second = lots[1];

    // Sent before the tender's documents changed, and never reconfirmed.
    const auto unconfirmed = c.another_provider("Cyrenians", "staff@cyrenians.example");
    c.submitted_bid(tender, first, unconfirmed, "Cyrenians");
    const auto asked = c.call("POST", tender + "/clarifications", c.provider, R"({"question": "Is the specification final?"})");
    REQUIRE(asked.status == 201);
    REQUIRE(c.call("POST", tender + "/clarifications/" + std::string{asked.json().at("id").as_string()} + "/answer",
                   c.edinburgh_officer, R"({"answer": "No: see version 2.", "publish": true, "changes_tender_documents": true})")
                .status == 200);
    // One that can be scored, one that fails the Fair Work gate, one in a lot later cancelled.
    c.submitted_bid(tender, first, c.provider, "Pilton alone");
    const auto low_pay = c.another_provider("Health in Mind", "staff@him.example");
    const auto failing = c.lone_bid(tender, first, low_pay, "Health in Mind");
    REQUIRE(c.call("PATCH", failing, low_pay, draft_with_rate(1200), "\"1\"").status == 200);
    c.sign_off(failing, {low_pay});
    REQUIRE(send(c.port(), {"POST", failing + "/submissions", declaration_body, "application/json", low_pay, {{"Idempotency-Key", "a"}}})
                .status == 201);
    const auto elsewhere = c.another_provider("Bethany", "staff@bethany.example");
    c.submitted_bid(tender, second, elsewhere, "Bethany");
    REQUIRE(c.call("POST", tender + "/lots/" + second + "/cancellation", c.edinburgh_officer,
                   R"({"reason": "The service will be recommissioned"})")
                .status == 200);

    c.db.exec("UPDATE tender SET stage1_deadline = now() - interval '1 second'");
    REQUIRE(c.call("POST", tender + "/actions/close_stage1", c.edinburgh_officer).status == 200);
    c.form_panel(tender, at(48h));
    run_timetable(c);
    const auto listed = c.call("GET", "/api/v1/notifications", c.panellist).json();
    REQUIRE(listed.at("items").at(0).at("kind").as_string() == "scoring_reminder");
    CHECK(listed.at("items").at(0).at("text").as_string().find("You still have 1 bid to score") == 0);
}
