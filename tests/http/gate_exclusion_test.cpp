// A bid that failed a minimum requirement in stage 1 is out of the tender: once
// bidders hear their stage-1 results (feedback released, stage 2 open) its page
// says so and why, its partners hear it in those words, and nothing about it can
// change any more (no edit, section, document, sign-off or revised bid).
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include "tests/support/commissioning.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

std::string problem_type(const HttpResponse& response) {
    return std::string{response.json().at("type").as_string()};
}

}  // namespace

TEST_CASE("a bid that failed a gate in stage 1 is told it is out and why, and cannot be revised") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto lot = c.first_lot(tender);
    const auto rival = c.another_provider("Health in Mind", "staff@him.example");
    c.open_stage1(tender, 1h, 2h);
    const auto standing = c.submitted_bid(tender, lot, c.provider, "Pilton alone");
    const auto out = c.lone_bid(tender, lot, rival, "Health in Mind");
    REQUIRE(c.call("PATCH", out, rival, draft_with_rate(1200), "\"1\"").status == 200);  // below £13.45
    c.sign_off(out, {rival});
    REQUIRE(send(c.port(), {"POST", out + "/submissions", declaration_body, "application/json", rival, {{"Idempotency-Key", "s1"}}})
                .status == 201);

    c.server->pass_time(2h + 1s);
    REQUIRE(c.call("POST", tender + "/actions/close_stage1", c.edinburgh_officer).status == 200);
    // Until the results are released, the bid reads as sent: nobody has told the bidder yet.
    const auto before = c.call("GET", out, rival).json();
    CHECK(before.at("status").as_string() == "submitted");
    CHECK(before.at("exclusion").is_null());

    c.score_bids(tender, {standing});
    REQUIRE(c.call("POST", tender + "/actions/release_feedback", c.edinburgh_officer).status == 200);

    const auto bid = c.call("GET", out, rival).json();
    CHECK(bid.at("status").as_string() == "excluded");
    const auto& exclusion = bid.at("exclusion");
    CHECK(exclusion.at("stage").as_int64() == 1);
    REQUIRE(exclusion.at("failed").as_array().size() == 1);
    CHECK(exclusion.at("failed").at(0).at("gate").as_int64() == 1);
    CHECK(exclusion.at("failed").at(0).at("kind").as_string() == "fair_work_first");
    const std::string reason{exclusion.at("failed").at(0).at("reason").as_string()};
    CHECK(reason.find("£12.00") != std::string::npos);
    // The bid that passed is not out, and may be revised.
    const auto passed = c.call("GET", standing, c.provider).json();
    CHECK(passed.at("status").as_string() == "submitted");
    CHECK(passed.at("exclusion").is_null());
    // The partnership's home says the same, without opening the bid.
    const auto home = c.call("GET", "/api/v1/me/consortia", rival).json().at("items").at(0).at("bids").at(0);
    CHECK(home.at("status").as_string() == "excluded");
    CHECK(home.at("exclusion") == exclusion);
    CHECK(c.call("GET", "/api/v1/me/consortia", c.provider).json().at("items").at(0).at("bids").at(0).at("exclusion").is_null());
    CHECK(c.call("PATCH", standing, c.provider, R"({"responses": {"0": "Revised."}})",
                 "\"" + std::to_string(passed.at("draft_version").as_int64()) + "\"")
              .status == 200);

    // Every change to the excluded bid is refused, each saying why.
    const auto version = "\"" + std::to_string(bid.at("draft_version").as_int64()) + "\"";
    const auto edit = c.call("PATCH", out, rival, R"({"responses": {"0": "Revised."}})", version);
    CHECK(edit.status == 409);
    CHECK(problem_type(edit) == "urn:collabtender:problem:excluded");
    CHECK(std::string{edit.json().at("detail").as_string()}.find(reason) != std::string::npos);
    const auto section_version = c.call("GET", out + "/sections/response-0", rival).header("etag");
    const auto section =
        c.call("PUT", out + "/sections/response-0/content", rival, R"({"content": "Revised."})", section_version);
    CHECK(section.status == 409);
    CHECK(problem_type(section) == "urn:collabtender:problem:excluded");
    const auto status = c.call("POST", out + "/sections/response-0/status", rival, R"({"status": "ready_for_review"})");
    CHECK(status.status == 409);
    CHECK(problem_type(status) == "urn:collabtender:problem:excluded");
    const auto assignment = c.call("PUT", out + "/sections/response-0/assignment", rival, R"({"owner_organisation_id": null, "owner_user_id": null, "approver_user_id": null, "due_date": "2030-01-01"})");
    CHECK(assignment.status == 409);
    CHECK(problem_type(assignment) == "urn:collabtender:problem:excluded");
    const auto document =
        send(c.port(), {"POST", out + "/documents?filename=plan.txt", "Our plan", "text/plain", rival, {}});
    CHECK(document.status == 409);
    CHECK(problem_type(document) == "urn:collabtender:problem:excluded");
    const auto sign_offs = c.call("GET", out + "/sign-offs", rival);
    CHECK(sign_offs.status == 409);
    CHECK(problem_type(sign_offs) == "urn:collabtender:problem:excluded");
    const auto revised =
        send(c.port(), {"POST", out + "/submissions", declaration_body, "application/json", rival, {{"Idempotency-Key", "s2"}}});
    CHECK(revised.status == 409);
    CHECK(problem_type(revised) == "urn:collabtender:problem:excluded");

    // The partners heard it with the feedback, in those words, not as an invitation to revise.
    const auto told = c.call("GET", "/api/v1/notifications?limit=100", rival).json();
    bool heard = false;
    for (const auto& n : told.at("items").as_array()) {
        if (n.at("kind").as_string() != "feedback_released") continue;
        heard = true;
        const std::string text{n.at("text").as_string()};
        CHECK(text.find("out of this tender") != std::string::npos);
        CHECK(text.find(reason) != std::string::npos);
        CHECK(text.find("revised bid") == std::string::npos);
    }
    CHECK(heard);

    // The panel's progress leaves the excluded bid out of what waits to be scored.
    const auto panels = c.call("GET", "/api/v1/me/panels", c.panellist).json();
    const auto& lot_progress = panels.at("items").at(0).at("lots").at(0);
    CHECK(lot_progress.at("bids").as_int64() == 2);
    CHECK(lot_progress.at("excluded").as_int64() == 1);
    CHECK(lot_progress.at("scored").as_int64() == 1);
    const auto invited = c.call("GET", "/api/v1/notifications?limit=100", c.provider).json();
    for (const auto& n : invited.at("items").as_array())
        if (n.at("kind").as_string() == "feedback_released")
            CHECK(std::string{n.at("text").as_string()}.find("revised bid") != std::string::npos);
}
