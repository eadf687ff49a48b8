// Each request runs a bounded number of database statements, the sign-in check
// included (BEGIN and COMMIT are not counted), read from its log line
// (statements=N): a request loads what it needs once, never a query per item.
#include <doctest/doctest.h>

#include <string>

#include "tests/support/commissioning.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

// The statements a request ran, sent with this X-Request-Id; fails unless it answered `status`.
int statements(const Commissioning& c, const std::string& request_id, const std::string& method,
               const std::string& target, const std::string& token, const std::string& body, int status) {
    const auto answer = send(c.port(), {method, target, body, "application/json", token, {{"X-Request-Id", request_id}}});
    REQUIRE_MESSAGE(answer.status == status, answer.body);
    return c.server->statements_of(request_id);
}

}  // namespace

TEST_CASE("reading a bid for scoring, and saving a draft score, each run at most 4 statements") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto lot = c.first_lot(tender);
    c.open_stage1(tender, 1h, 2h);
    const auto bid = c.submitted_bid(tender, lot, c.provider, "Pilton alone");
    c.server->pass_time(2h + 1s);
    REQUIRE(c.call("POST", tender + "/actions/close_stage1", c.edinburgh_officer).status == 200);
    c.form_panel(tender);
    REQUIRE(c.call("PUT", bid + "/conflict-declaration", c.panellist, R"({"conflicted": false})").status == 200);

    // The sign-in check, who may read it with the submission, and what it is scored against.
    CHECK(statements(c, "scoring-read", "GET", bid + "/evaluation", c.panellist, "", 200) <= 4);
    CHECK(statements(c, "scoring-read-commissioner", "GET", bid + "/evaluation", c.edinburgh_officer, "", 200) <= 4);

    const auto first = statements(c, "draft-score-1", "PUT", bid + "/my-scores/0", c.panellist,
                                  R"({"score": 3, "justification": "Clear plan"})", 200);
    const auto again = statements(c, "draft-score-2", "PUT", bid + "/my-scores/1", c.panellist,
                                  R"({"score": null, "justification": "Still reading"})", 200);
    // The sign-in check, the bid's scoring context, the score and its audit event.
    CHECK(first == 4);
    CHECK(again == 4);
    // A refusal costs no more: a score off the scale is refused after the same read.
    CHECK(statements(c, "draft-score-bad", "PUT", bid + "/my-scores/0", c.panellist, R"({"score": 9})", 422) <= 2);
}

TEST_CASE("reading a lot's ranking kept ready runs at most 2 statements") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto lot = c.first_lot(tender);
    c.open_stage1(tender, 1h, 2h, 8 * 24h + 2h);
    const auto bid = c.submitted_bid(tender, lot, c.provider, "Pilton alone");
    c.server->pass_time(2h + 1s);
    REQUIRE(c.call("POST", tender + "/actions/close_stage1", c.edinburgh_officer).status == 200);
    c.score_bids(tender, {bid});
    REQUIRE(c.call("POST", tender + "/actions/release_feedback", c.edinburgh_officer).status == 200);
    c.sign_off(bid, {c.provider});
    REQUIRE(send(c.port(), {"POST", bid + "/submissions", declaration_body, "application/json", c.provider,
                            {{"Idempotency-Key", "second"}}})
                .status == 201);
    c.server->pass_time(8 * 24h);
    REQUIRE(c.call("POST", tender + "/actions/close_stage2", c.edinburgh_officer).status == 200);
    c.score_bids(tender, {bid});

    const auto ranking = "/api/v1/lots/" + lot + "/ranking";
    REQUIRE(c.call("GET", ranking, c.edinburgh_officer).status == 200);  // computed once, then kept
    // The sign-in check, and the tender, the lot and the ranking kept ready in one.
    CHECK(statements(c, "ranking-read", "GET", ranking, c.edinburgh_officer, "", 200) <= 2);
}
