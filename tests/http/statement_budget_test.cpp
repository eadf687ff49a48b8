// Each request runs a bounded number of database statements, the sign-in check
// included (BEGIN and COMMIT are not counted), read from its log line
// (statements=N): a request loads what it needs once, never a query per item.
#include <doctest/doctest.h>

#include <string>
#include <vector>

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

TEST_CASE("reading a bid for scoring runs at most 4 statements, saving a draft score 4, submitting the scores 13") {
    Commissioning c;
    const auto [tender, bid] = c.bid_to_score();

    // The sign-in check, who may read it with the submission, and what it is scored against.
    CHECK(statements(c, "scoring-read", "GET", bid + "/evaluation", c.panellist, "", 200) <= 4);
    CHECK(statements(c, "scoring-read-commissioner", "GET", bid + "/evaluation", c.edinburgh_officer, "", 200) <= 4);

    const auto first = statements(c, "draft-score-1", "PUT", bid + "/my-scores/0", c.panellist,
                                  R"({"score": 3, "justification": "Clear plan"})", 200);
    const auto again = statements(c, "draft-score-2", "PUT", bid + "/my-scores/1", c.panellist,
                                  R"({"score": null, "justification": "Still reading"})", 200);
    // The sign-in check, the hold on the panellist's scoresheet, the bid's scoring
    // context (read after the hold: scoresheet_race_test.cpp), then the score with
    // its audit event.
    CHECK(first == 4);
    CHECK(again == 4);
    // A refusal costs no more: a score off the scale is refused after the same read.
    CHECK(statements(c, "draft-score-bad", "PUT", bid + "/my-scores/0", c.panellist, R"({"score": 9})", 422) <= 3);

    // Submitting the scoresheet that completes the panel's work: the sign-in check,
    // the hold and the scoresheet's context, the submission and its audit event, then the whole
    // tender's evaluation read once (7), the tender's names and the notice.
    REQUIRE(c.call("PUT", bid + "/my-scores/1", c.panellist, R"({"score": 3, "justification": "Sound"})").status == 200);
    CHECK(statements(c, "scores-submit", "POST", bid + "/my-scores/submission", c.panellist, "", 200) <= 13);
    CHECK(statements(c, "scores-submit-again", "POST", bid + "/my-scores/submission", c.panellist, "", 200) <= 3);
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

TEST_CASE("submitting a partnership's bid runs at most 10 statements, and a replay at most 4") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto lot = c.first_lot(tender);
    c.open_stage1(tender, 1h, 2h);
    const auto bid = c.lone_bid(tender, lot, c.provider, "Pilton and Canongate");
    const auto consortium = std::string{c.call("GET", bid, c.provider).json().at("consortium_id").as_string()};
    const auto partner = c.another_provider("Canongate Youth", "staff@canongate.example");
    const auto partner_org = std::string{c.call("GET", "/api/v1/me", partner).json().at("organisation").at("id").as_string()};
    const auto members = "/api/v1/consortia/" + consortium + "/members";
    REQUIRE(c.call("PATCH", members + "/" + c.provider_organisation, c.provider, R"({"share_bp": 6000})").status == 200);
    REQUIRE(c.call("POST", members, c.provider,
                   R"({"organisation_id": ")" + partner_org + R"(", "role": "partner", "share_bp": 4000})").status == 201);
    REQUIRE(c.call("POST", "/api/v1/consortia/" + consortium + "/invitation/accept", partner).status == 200);
    const auto mou = send(c.port(), {"PUT", "/api/v1/consortia/" + consortium + "/mou?filename=mou.txt",
                                     "Pilton leads; Canongate delivers 40%.", "text/plain", c.provider, {}});
    REQUIRE_MESSAGE(mou.status == 200, mou.body);
    const auto digest = std::string{mou.json().at("mou").at("sha256").as_string()};
    for (const auto& token : {c.provider, partner})
        REQUIRE(c.call("POST", "/api/v1/consortia/" + consortium + "/mou/acknowledgement", token,
                       R"({"sha256": ")" + digest + R"("})").status == 200);
    REQUIRE(c.call("PATCH", bid, c.provider, draft_with_rate(1400), "\"1\"").status == 200);
    c.sign_off(bid, {c.provider, partner});

    const auto submit = [&](const std::string& request_id, int status) {
        const auto answer = send(c.port(), {"POST", bid + "/submissions", declaration_body, "application/json", c.provider,
                                            {{"Idempotency-Key", "first"}, {"X-Request-Id", request_id}}});
        REQUIRE_MESSAGE(answer.status == status, answer.body);
        return c.server->statements_of(request_id);
    };
    // The sign-in check, the bid's and membership's lock, the bid with what its rules
    // look at, the receipt, the sections sent, the reconfirmations answered, the
    // partners' notices and the audit event.
    CHECK(submit("submission", 201) <= 10);
    // The same key again: the sign-in check, the bid's lock (a replay waits for the
    // submission it repeats), the bid, and the same receipt.
    CHECK(submit("submission-replay", 200) <= 4);
}

TEST_CASE("saving a whole draft at once runs at most 8 statements, however many sections it changes") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto lot = c.first_lot(tender);
    c.open_stage1(tender, 1h, 2h);
    const auto bid = c.lone_bid(tender, lot, c.provider, "Pilton alone");
    const auto answer = send(c.port(), {"PATCH", bid, draft_with_rate(1400), "application/json", c.provider,
                                        {{"If-Match", "\"1\""}, {"X-Request-Id", "whole-draft"}}});
    REQUIRE_MESSAGE(answer.status == 200, answer.body);
    // The sign-in check, the bid, its sections, the draft, every changed section's
    // new version in one, the receipts and the audit event.
    CHECK(c.server->statements_of("whole-draft") <= 8);
}

namespace {

// The statements each step of a tender with `bids` submitted bids runs: closing
// stage 1, releasing feedback, closing stage 2 (every bid revised).
std::vector<int> steps_with(int bids) {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto lot = c.first_lot(tender);
    c.open_stage1(tender, 1h, 2h, 8 * 24h + 2h);
    std::vector<std::string> paths, tokens;
    for (int i = 0; i < bids; ++i) {
        const auto name = "Provider " + std::to_string(i);
        tokens.push_back(i == 0 ? c.provider : c.another_provider(name, "p" + std::to_string(i) + "@example.org"));
        paths.push_back(c.submitted_bid(tender, lot, tokens.back(), name + " alone"));
    }
    c.form_panel(tender);
    c.server->pass_time(2h + 1s);
    std::vector<int> out;
    out.push_back(statements(c, "close-1", "POST", tender + "/actions/close_stage1", c.edinburgh_officer, "", 200));
    c.score_bids(tender, paths);
    out.push_back(statements(c, "release", "POST", tender + "/actions/release_feedback", c.edinburgh_officer, "", 200));
    for (int i = 0; i < bids; ++i) {
        c.sign_off(paths[i], {tokens[i]});
        const auto revised = send(c.port(), {"POST", paths[i] + "/submissions", declaration_body, "application/json",
                                             tokens[i], {{"Idempotency-Key", "s2"}}});
        REQUIRE_MESSAGE(revised.status == 201, revised.body);
    }
    c.server->pass_time(8 * 24h);
    out.push_back(statements(c, "close-2", "POST", tender + "/actions/close_stage2", c.edinburgh_officer, "", 200));
    return out;
}

}  // namespace

TEST_CASE("closing a stage and releasing feedback run at most 15 statements, as many for three bids as for one") {
    const auto one = steps_with(1);
    const auto three = steps_with(3);
    for (const auto count : three) CHECK(count <= 15);
    CHECK(one == three);
}

TEST_CASE("a provider's list of information sessions, with its own bookings, runs as many statements for three as for one") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto session_body = [](const std::string& starts) {
        return R"({"starts_at": ")" + starts + R"(", "ends_at": ")" + at(172800s) +
               R"(", "place": "Edinburgh City Chambers", "online_link": "https://meet.example/pin", "capacity": 5})";
    };
    const auto add_booked_session = [&] {
        const auto created = c.call("POST", tender + "/information-sessions", c.edinburgh_officer, session_body(at(86400s)));
        REQUIRE_MESSAGE(created.status == 201, created.body);
        REQUIRE(c.call("POST", created.header("location") + "/bookings", c.provider).status == 201);
    };
    add_booked_session();
    const auto one = statements(c, "sessions-1", "GET", tender + "/information-sessions", c.provider, "", 200);
    add_booked_session();
    add_booked_session();
    const auto three = statements(c, "sessions-3", "GET", tender + "/information-sessions", c.provider, "", 200);
    CHECK(three == one);
    const auto items = c.call("GET", tender + "/information-sessions", c.provider).json().at("items").as_array();
    REQUIRE(items.size() == 3);
    for (const auto& item : items) CHECK(item.at("my_booking").is_object());
}

TEST_CASE("an organisation's open invitations, with the lots each partnership bids for, run as many statements for three as for one") {
    Commissioning c;
    const auto partner = c.another_provider("Canongate Youth", "staff@canongate.example");
    const auto partner_org = std::string{c.call("GET", "/api/v1/me", partner).json().at("organisation").at("id").as_string()};
    const auto invite_into_a_bid = [&](const std::string& reference) {
        const auto tender = c.published_pin(reference);
        const auto lot = c.first_lot(tender);
        c.open_stage1(tender, 1h, 2h);
        const auto bid = c.lone_bid(tender, lot, c.provider, "Pilton for " + reference);
        const auto consortium = std::string{c.call("GET", bid, c.provider).json().at("consortium_id").as_string()};
        const auto members = "/api/v1/consortia/" + consortium + "/members";
        REQUIRE(c.call("PATCH", members + "/" + c.provider_organisation, c.provider, R"({"share_bp": 6000})").status == 200);
        REQUIRE(c.call("POST", members, c.provider,
                       R"({"organisation_id": ")" + partner_org + R"(", "role": "partner", "share_bp": 4000})").status == 201);
    };
    invite_into_a_bid("EDI-A");
    const auto one = statements(c, "invitations-1", "GET", "/api/v1/invitations", partner, "", 200);
    invite_into_a_bid("EDI-B");
    invite_into_a_bid("EDI-C");
    const auto three = statements(c, "invitations-3", "GET", "/api/v1/invitations", partner, "", 200);
    CHECK(three == one);
    const auto items = c.call("GET", "/api/v1/invitations", partner).json().at("items").as_array();
    REQUIRE(items.size() == 3);
    for (const auto& item : items) CHECK(item.at("lots").as_array().size() == 1);
}

TEST_CASE("a provider's partnerships, with where each bid stands, run as many statements for three tenders as for one") {
    Commissioning c;
    const auto bid_in = [&](const std::string& reference) {
        const auto tender = c.published_pin(reference);
        c.open_stage1(tender, 1h, 2h);
        c.submitted_bid(tender, c.first_lot(tender), c.provider, "Pilton for " + reference);
    };
    bid_in("EDI-A");
    const auto one = statements(c, "consortia-1", "GET", "/api/v1/me/consortia", c.provider, "", 200);
    bid_in("EDI-B");
    bid_in("EDI-C");
    const auto three = statements(c, "consortia-3", "GET", "/api/v1/me/consortia", c.provider, "", 200);
    // The sign-in check, the consortia, their tenders, lots, bids, submissions and
    // reconfirmations; once a tender has released stage 1, its gates and results.
    CHECK(three == one);
    CHECK(three <= 9);
    const auto items = c.call("GET", "/api/v1/me/consortia", c.provider).json().at("items").as_array();
    REQUIRE(items.size() == 3);
    for (const auto& item : items) {
        const auto& bids = item.at("bids").as_array();
        REQUIRE(bids.size() == 1);
        CHECK(bids[0].at("status").as_string() == "submitted");
        CHECK(bids[0].at("submissions").as_array().size() == 1);
    }
}

TEST_CASE("a partnership's bids, with their receipts, run as many statements for three lots as for one") {
    Commissioning c;
    const auto tender = c.published_pin();
    for (const int number : {2, 3})
        REQUIRE(c.call("POST", tender + "/lots", c.edinburgh_officer, lot_body(number)).status == 201);
    c.open_stage1(tender, 1h, 2h);
    const auto lots = c.lots(tender);
    const auto first = c.submitted_bid(tender, lots[0], c.provider, "Pilton alone");
    const auto consortium =
        "/api/v1/consortia/" + std::string{c.call("GET", first, c.provider).json().at("consortium_id").as_string()};
    const auto one = statements(c, "bids-1", "GET", consortium + "/bids", c.provider, "", 200);
    for (const auto& lot : {lots[1], lots[2]})
        REQUIRE(c.call("POST", consortium + "/bids", c.provider, R"({"lot_id": ")" + lot + R"("})").status == 201);
    const auto three = statements(c, "bids-3", "GET", consortium + "/bids", c.provider, "", 200);
    CHECK(three == one);
    const auto items = c.call("GET", consortium + "/bids", c.provider).json().at("items").as_array();
    REQUIRE(items.size() == 3);
    CHECK(items[0].at("submissions").as_array().size() == 1);
    CHECK(items[1].at("submissions").as_array().empty());
}

TEST_CASE("a panellist's panels, with how far each lot's scoring has got, run as many statements for three tenders as for one") {
    Commissioning c;
    // A panel still waiting for its bids costs nothing more either.
    const auto waiting = c.published_pin("EDI-WAITING");
    c.open_stage1(waiting, 1h, 2h);
    c.form_panel(waiting);
    c.bid_to_score("EDI-A");
    const auto one = statements(c, "panels-1", "GET", "/api/v1/me/panels", c.panellist, "", 200);
    c.bid_to_score("EDI-B");
    c.bid_to_score("EDI-C");
    const auto three = statements(c, "panels-3", "GET", "/api/v1/me/panels", c.panellist, "", 200);
    CHECK(three == one);
    CHECK(three <= 8);
    const auto items = c.call("GET", "/api/v1/me/panels", c.panellist).json().at("items").as_array();
    REQUIRE(items.size() == 4);
    int scoring = 0;
    for (const auto& item : items) {
        const auto& lot = item.at("lots").at(0);
        if (lot.at("bids").as_int64() == 0) continue;  // the panel still waiting
        ++scoring;
        CHECK(lot.at("bids").as_int64() == 1);
        CHECK(lot.at("scored").as_int64() == 0);
    }
    CHECK(scoring == 3);
}
