// Stage-1 evaluation over HTTP: panels, gate checks when the stage closes,
// conflict declarations, independent scoring, aggregates and moderation, and who
// may see what.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include <boost/json.hpp>

#include "tests/support/accounts.hpp"
#include "tests/support/commissioning.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

struct Evaluation {
    Commissioning c;
    std::string tender, lot, pilton_bid, rival_bid, rival;
    std::string chair, member, conflicted;           // panellists' tokens
    std::string chair_id, member_id, conflicted_id;  // and user ids
    std::string panel;

    std::string panellist(const std::string& email, std::string& id) {
        id = create_user(c.db.url(), c.edinburgh, email, "panellist", test_password);
        return login(c.port(), email, test_password);
    }

    std::string bid(const std::string& token, const std::string& name, int rate) {
        const auto consortium = c.call("POST", tender + "/consortia", token, R"({"name": ")" + name + R"("})").header("location");
        const auto path = c.call("POST", consortium + "/bids", token, R"({"lot_id": ")" + lot + R"("})").header("location");
        REQUIRE(c.call("PATCH", path, token, draft_with_rate(rate), "\"1\"").status == 200);
        c.sign_off(path, {token});
        const auto submitted = send(c.port(), {"POST", path + "/submissions", declaration_body, "application/json", token,
                                                {{"Idempotency-Key", "stage-1"}}});
        REQUIRE_MESSAGE(submitted.status == 201, submitted.body);
        return path;
    }

    Evaluation() {
        tender = c.published_pin();
        lot = std::string{c.call("GET", tender + "/lots", c.provider).json().at("items").at(0).at("id").as_string()};
        c.open_stage1(tender, 1h, 2h);
        chair = c.panellist;
        chair_id = c.db.scalar("SELECT id FROM app_user WHERE email = 'panel@edinburgh.example'");
        member = panellist("member@edinburgh.example", member_id);
        conflicted = panellist("conflicted@edinburgh.example", conflicted_id);
        rival = c.another_provider("Health in Mind", "staff@him.example");
        pilton_bid = bid(c.provider, "Pilton alone", 1400);
        rival_bid = bid(rival, "Health in Mind", 1200);  // below the Fair Work minimum of £13.45
    }

    std::string panel_body(const std::string& chair_kind = "lived_experience") const {
        return R"({"name": "Welcome Teams panel", "lot_id": null, "members": [
            {"user_id": ")" + chair_id + R"(", "kind": ")" + chair_kind + R"(", "chair": true},
            {"user_id": ")" + member_id + R"(", "kind": "statutory", "chair": false},
            {"user_id": ")" + conflicted_id + R"(", "kind": "third_sector", "chair": false}]})";
    }

    void form_panel() {
        const auto created = c.call("POST", tender + "/panels", c.edinburgh_officer, panel_body());
        REQUIRE_MESSAGE(created.status == 201, created.body);
        panel = created.header("location");
    }

    void close_stage1() {
        c.server->pass_time(2h + 1s);  // past the stage-1 deadline
        const auto closed = c.call("POST", tender + "/actions/close_stage1", c.edinburgh_officer);
        REQUIRE_MESSAGE(closed.status == 200, closed.body);
    }

    HttpResponse score(const std::string& token, const std::string& bid, int criterion, int points,
                       const std::string& justification = "Clear evidence") const {
        return c.call("PUT", bid + "/my-scores/" + std::to_string(criterion), token,
                      R"({"score": )" + std::to_string(points) + R"(, "justification": ")" + justification + R"("})");
    }
};

}  // namespace

TEST_CASE("a commissioner forms one panel per lot from panellist accounts with one chair") {
    Evaluation e;
    auto& c = e.c;
    auto two_chairs = e.panel_body();
    two_chairs.replace(two_chairs.find("\"chair\": false"), 14, "\"chair\": true");
    CHECK(contains(pointers(c.call("POST", e.tender + "/panels", c.edinburgh_officer, two_chairs)), "/members"));
    auto provider_member = e.panel_body();
    provider_member.replace(provider_member.find(e.member_id), e.member_id.size(),
                            c.db.scalar("SELECT id FROM app_user WHERE email = 'staff@pilton.example'"));
    CHECK(contains(pointers(c.call("POST", e.tender + "/panels", c.edinburgh_officer, provider_member)), "/members/1/user_id"));
    CHECK(c.call("POST", e.tender + "/panels", c.edinburgh_officer, e.panel_body("expert")).status == 422);
    CHECK(c.call("POST", e.tender + "/panels", c.glasgow_officer, e.panel_body()).status == 403);
    CHECK(c.call("POST", e.tender + "/panels", c.provider, e.panel_body()).status == 403);

    e.form_panel();
    CHECK(c.call("POST", e.tender + "/panels", c.edinburgh_officer, e.panel_body()).status == 409);
    const auto mine = c.call("GET", "/api/v1/me/panels", e.member).json();
    REQUIRE(mine.at("items").as_array().size() == 1);
    CHECK(mine.at("items").at(0).at("chair").as_bool() == false);
    CHECK(c.call("GET", e.panel, e.member).status == 200);
    const auto outsider = c.another_provider("Elsewhere", "x@elsewhere.example");
    CHECK(c.call("GET", e.panel, outsider).status == 403);  // providers are not evaluators
    CHECK(c.call("GET", e.panel, c.glasgow_officer).status == 404);

    // Bids stay sealed from the panel until the deadline.
    const auto sealed = c.call("GET", e.panel + "/bids", e.chair);
    CHECK(sealed.status == 409);
    CHECK(sealed.json().at("type").as_string() == "urn:collabtender:problem:sealed");
    CHECK(c.call("GET", e.pilton_bid + "/evaluation", c.edinburgh_officer).status == 409);

    // Replacing the members needs the current version.
    CHECK(c.call("PUT", e.panel, c.edinburgh_officer, e.panel_body()).status == 428);
    const auto renamed = c.call("PUT", e.panel, c.edinburgh_officer, R"({"name": "Renamed", "members": [
        {"user_id": ")" + e.chair_id + R"(", "kind": "lived_experience", "chair": true}]})", "\"1\"");
    REQUIRE_MESSAGE(renamed.status == 200, renamed.body);
    CHECK(renamed.json().at("members").as_array().size() == 1);
    CHECK(c.call("GET", e.panel, e.member).status == 404);  // no longer on it
}

TEST_CASE("closing stage 1 checks every bid against the gates, and the commissioner judges the rest") {
    Evaluation e;
    auto& c = e.c;
    e.form_panel();
    e.close_stage1();
    const auto results = c.call("GET", e.tender + "/gate-results", c.edinburgh_officer);
    REQUIRE_MESSAGE(results.status == 200, results.body);
    const auto body = results.json();
    const auto& items = body.at("items").as_array();
    REQUIRE(items.size() == 2);
    for (const auto& item : items) {
        const bool rival = item.at("bid_id").as_string() == id_of(e.rival_bid);
        CHECK(item.at("excluded").as_bool() == rival);
        CHECK(item.at("all_passed").as_bool() == !rival);
        if (rival)
            CHECK(item.at("results").at(1).at("reason").as_string() ==
                  "The hourly rate paid, £12.00, is below the £13.45 an hour required.");
    }
    CHECK(c.call("GET", e.tender + "/gate-results", e.chair).status == 403);

    // Panellists see the excluded bid listed, but it is not scored.
    const auto listed = c.call("GET", e.panel + "/bids", e.chair).json();
    CHECK(listed.at("items").as_array().size() == 2);
    REQUIRE(c.call("PUT", e.rival_bid + "/conflict-declaration", e.chair, R"({"conflicted": false})").status == 200);
    const auto excluded = e.score(e.chair, e.rival_bid, 0, 3);
    CHECK(excluded.status == 409);
    CHECK(excluded.json().at("type").as_string() == "urn:collabtender:problem:bid-excluded");

    // The commissioner may decide otherwise, with a reason the bidder will read.
    CHECK(c.call("PUT", e.rival_bid + "/gate-results/1", c.edinburgh_officer, R"({"outcome": "pending", "reason": "x"})").status ==
          422);
    CHECK(c.call("PUT", e.rival_bid + "/gate-results/9", c.edinburgh_officer, R"({"outcome": "pass", "reason": "x"})").status ==
          404);
    const auto judged = c.call("PUT", e.rival_bid + "/gate-results/1", c.edinburgh_officer,
                               R"({"outcome": "pass", "reason": "The rate declared was a typing error, confirmed as £13.50."})");
    REQUIRE_MESSAGE(judged.status == 200, judged.body);
    CHECK(e.score(e.chair, e.rival_bid, 0, 3).status == 200);
}

TEST_CASE("panellists declare conflicts first, score independently, and moderation settles disagreement") {
    Evaluation e;
    auto& c = e.c;
    e.form_panel();
    e.close_stage1();
    const auto& bid = e.pilton_bid;

    // The conflict question comes first.
    const auto undeclared = c.call("GET", bid + "/evaluation", e.chair);
    CHECK(undeclared.status == 409);
    CHECK(undeclared.json().at("type").as_string() == "urn:collabtender:problem:declaration-required");
    CHECK(c.call("PUT", bid + "/conflict-declaration", e.conflicted, R"({"conflicted": true})").status == 422);
    const std::string description = "I receive support from Pilton Community Health Project";
    REQUIRE(c.call("PUT", bid + "/conflict-declaration", e.conflicted,
                   R"({"conflicted": true, "description": ")" + description + R"("})").status == 200);
    CHECK(c.call("GET", bid + "/evaluation", e.conflicted).status == 403);
    CHECK(c.call("GET", bid + "/scores", e.conflicted).status == 403);
    CHECK(e.score(e.conflicted, bid, 0, 4).status == 403);
    // "If not sure, answer yes": a yes given by mistake may be corrected until scoring of the bid starts.
    REQUIRE(c.call("PUT", bid + "/conflict-declaration", e.conflicted, R"({"conflicted": false})").status == 200);
    CHECK(c.db.scalar("SELECT count(*) FROM audit_event WHERE event::jsonb ->> 'action' = 'conflict.correct'") == "1");
    REQUIRE(c.call("PUT", bid + "/conflict-declaration", e.conflicted,
                   R"({"conflicted": true, "description": ")" + description + R"("})").status == 200);
    for (const auto* token : {&e.chair, &e.member})
        REQUIRE(c.call("PUT", bid + "/conflict-declaration", *token, R"({"conflicted": false})").status == 200);

    const auto reading = c.call("GET", bid + "/evaluation", e.chair);
    REQUIRE_MESSAGE(reading.status == 200, reading.body);
    const auto content = reading.json();
    CHECK(content.at("criteria").at(0).at("response").as_string() == "We plan support with each person.");
    CHECK(content.at("criteria").at(1).at("panel_guidance").as_string() == "Look for shared accountability");
    CHECK(content.at("scale").as_array().size() == 5);
    CHECK_FALSE(content.at("gates").at(0).as_object().contains("declaration"));  // the commissioner's to read

    // Drafts save one criterion at a time; submitting needs every score and a justification.
    CHECK(e.score(e.chair, bid, 0, 5).status == 422);  // off the 0-4 scale
    CHECK(e.score(e.chair, bid, 7, 3).status == 404);
    REQUIRE(e.score(e.chair, bid, 0, 4).status == 200);
    // Once scoring has started, a declared conflict stands.
    const auto too_late = c.call("PUT", bid + "/conflict-declaration", e.conflicted, R"({"conflicted": false})");
    CHECK(too_late.status == 409);
    CHECK(too_late.json().at("type").as_string() == "urn:collabtender:problem:scoring-started");
    const auto partial = c.call("POST", bid + "/my-scores/submission", e.chair);
    CHECK(partial.status == 422);
    CHECK(contains(pointers(partial), "/criteria/1/score"));
    CHECK(contains(pointers(partial), "/criteria/1/justification"));
    const auto saved = c.call("PUT", bid + "/my-scores/1", e.chair,
                              R"({"score": 3, "justification": "Good partnership", "advice": "Name the accountable lead"})");
    REQUIRE(saved.status == 200);
    CHECK(saved.json().at("submitted_at").is_null());
    CHECK(c.call("GET", bid + "/scores", e.chair).json().at("type").as_string() == "urn:collabtender:problem:scores-hidden");
    REQUIRE(c.call("POST", bid + "/my-scores/submission", e.chair).status == 200);
    CHECK(c.call("POST", bid + "/my-scores/submission", e.chair).status == 200);  // again: nothing changes
    CHECK(e.score(e.chair, bid, 0, 1).json().at("type").as_string() == "urn:collabtender:problem:scores-submitted");

    // The other member's draft stays theirs until they submit.
    REQUIRE(e.score(e.member, bid, 0, 2, "Some gaps").status == 200);
    const auto early = c.call("GET", bid + "/scores", e.chair).json();
    CHECK(early.at("criteria").at(0).at("scores").as_array().size() == 1);
    CHECK_FALSE(early.at("ready_for_moderation").as_bool());
    CHECK_FALSE(early.at("panellists").at(0).as_object().contains("conflict_description"));
    CHECK_FALSE(early.at("panellists").at(0).as_object().contains("criteria_scored"));
    // The commissioner follows each panellist's progress, drafts counted but not shown.
    const auto watched = c.call("GET", bid + "/scores", c.edinburgh_officer).json();
    std::map<std::string, std::int64_t> scored;
    for (const auto& p : watched.at("panellists").as_array()) {
        CHECK(p.at("declared").as_bool());
        scored[std::string{p.at("user_id").as_string()}] = p.at("criteria_scored").as_int64();
    }
    CHECK(scored == std::map<std::string, std::int64_t>{{e.chair_id, 2}, {e.member_id, 1}, {e.conflicted_id, 0}});
    CHECK(watched.at("criteria").at(0).at("scores").as_array().size() == 1);
    CHECK(watched.at("lot").at("id").as_string() == e.lot);
    CHECK_FALSE(watched.at("consortium").at("name").as_string().empty());
    const auto not_ready = c.call("PUT", bid + "/consensus/0", c.edinburgh_officer, R"({"score": 3, "rationale": "x"})");
    CHECK(not_ready.json().at("type").as_string() == "urn:collabtender:problem:moderation-not-ready");

    REQUIRE(e.score(e.member, bid, 1, 3).status == 200);
    REQUIRE(c.call("POST", bid + "/my-scores/submission", e.member).status == 200);
    const auto full = c.call("GET", bid + "/scores", c.edinburgh_officer);
    REQUIRE_MESSAGE(full.status == 200, full.body);
    const auto scores = full.json();
    const auto& first = scores.at("criteria").at(0).at("aggregate");
    CHECK(first.at("mean").as_string() == "3.00");
    CHECK(first.at("median").as_string() == "3.00");
    CHECK(first.at("min").as_int64() == 2);
    CHECK(first.at("max").as_int64() == 4);
    CHECK(first.at("flagged").as_bool());
    CHECK_FALSE(scores.at("criteria").at(1).at("aggregate").at("flagged").as_bool());
    CHECK(scores.at("flagged_unmoderated").as_int64() == 1);
    CHECK(scores.at("ready_for_moderation").as_bool());
    // (60 x 6 + 40 x 6) / (2 panellists x 4) = 75%, the conflicted panellist left out.
    CHECK(scores.at("panel_weighted_score").as_string() == "75.00");
    CHECK(scores.at("moderated_weighted_score").is_null());
    CHECK(scores.at("warnings").as_array().empty());
    bool described = false;
    for (const auto& p : scores.at("panellists").as_array())
        if (p.at("conflicted").as_bool()) described = p.at("conflict_description").as_string() == description;
    CHECK(described);
    const auto pilton_in_panel = [&] {
        const auto listed = c.call("GET", e.panel + "/bids", c.edinburgh_officer).json();
        for (const auto& item : listed.at("items").as_array())
            if (item.at("bid_id").as_string() == id_of(bid)) return item.as_object();
        return boost::json::object{};
    };
    CHECK(pilton_in_panel().at("flagged").as_int64() == 1);
    CHECK(pilton_in_panel().at("flagged_unmoderated").as_int64() == 1);
    CHECK(pilton_in_panel().at("ready_for_moderation").as_bool());
    CHECK_FALSE(c.call("GET", e.panel + "/bids", e.chair).json().at("items").at(0).as_object().contains("flagged"));

    // The chair or a commissioner records consensus; other members may not.
    CHECK(c.call("PUT", bid + "/consensus/0", e.member, R"({"score": 3, "rationale": "Agreed"})").status == 403);
    CHECK(c.call("PUT", bid + "/consensus/0", e.chair, R"({"score": 3, "rationale": ""})").status == 422);
    REQUIRE(c.call("PUT", bid + "/consensus/0", e.chair,
                   R"({"score": 3, "rationale": "Strong plans, but staffing is thin"})").status == 200);
    REQUIRE(c.call("PUT", bid + "/consensus/1", c.edinburgh_officer, R"({"score": 4, "rationale": "Agreed at moderation"})")
                .status == 200);
    const auto moderated = c.call("GET", bid + "/scores", e.member).json();
    CHECK(moderated.at("flagged_unmoderated").as_int64() == 0);
    CHECK(moderated.at("moderated_weighted_score").as_string() == "85.00");  // (60 x 3 + 40 x 4) / 4
    CHECK(pilton_in_panel().at("flagged").as_int64() == 1);
    CHECK(pilton_in_panel().at("flagged_unmoderated").as_int64() == 0);

    // Progress for the panellist, and nothing for providers or other bodies.
    const auto progress = c.call("GET", "/api/v1/me/panels", e.chair).json().at("items").at(0).at("lots").at(0);
    CHECK(progress.at("bids").as_int64() == 2);
    CHECK(progress.at("scored").as_int64() == 1);
    CHECK(c.call("GET", bid + "/scores", c.provider).status == 403);
    CHECK(c.call("GET", bid + "/evaluation", c.provider).status == 403);
    CHECK(c.call("GET", bid + "/evaluation", c.glasgow_officer).status == 404);

    // CSV reports for the commissioner: every score, and the spread with its flag.
    const auto reports = "/api/v1/lots/" + e.lot + "/reports/";
    const auto scores_csv = c.call("GET", reports + "scores.csv", c.edinburgh_officer);
    REQUIRE_MESSAGE(scores_csv.status == 200, scores_csv.body);
    CHECK(scores_csv.header("content-type") == "text/csv; charset=utf-8");
    CHECK(std::count(scores_csv.body.begin(), scores_csv.body.end(), '\n') == 5);  // header + 2 panellists x 2 criteria
    CHECK(scores_csv.body.find(",statutory,2,3\r\n") != std::string::npos);       // the member's 2, the consensus 3
    const auto variance = c.call("GET", reports + "variance.csv", c.edinburgh_officer).body;
    CHECK(variance.find(",2,3.00,3.00,2,4,2,yes,3\r\n") != std::string::npos);
    CHECK(c.call("GET", reports + "scores.csv", c.glasgow_officer).status == 403);
    CHECK(c.call("GET", reports + "scores.csv", e.chair).status == 403);
    CHECK(c.call("GET", reports + "nothing.csv", c.edinburgh_officer).status == 404);
    CHECK(c.call("GET", reports + "outcomes.csv", c.edinburgh_officer).status == 409);  // after stage 2

    // Moderated, with the failing bid out: feedback may be released and stage 2
    // opens, to every bid but the excluded one.
    const auto released = c.call("POST", e.tender + "/actions/release_feedback", c.edinburgh_officer);
    REQUIRE_MESSAGE(released.status == 200, released.body);
    const auto revise = [&](const std::string& token, const std::string& path) {
        c.sign_off(path, {token});
        return send(c.port(), {"POST", path + "/submissions", declaration_body, "application/json", token, {{"Idempotency-Key", "stage-2"}}});
    };
    const auto refused = revise(e.rival, e.rival_bid);
    CHECK(refused.status == 409);
    CHECK(refused.json().at("type").as_string() == "urn:collabtender:problem:excluded");
    CHECK(revise(c.provider, bid).status == 201);

    // The audit trail records that a conflict was declared, never what it is.
    // (three panellists, one of whom corrected a yes and then gave it again)
    CHECK(c.db.scalar("SELECT count(*) FROM audit_event WHERE event LIKE '%conflict.declare%'") == "4");
    CHECK(c.db.scalar("SELECT count(*) FROM audit_event WHERE event LIKE '%Pilton Community%'") == "0");
}

TEST_CASE("each bidder reads only its own feedback, and only once it is released") {
    Evaluation e;
    auto& c = e.c;
    e.form_panel();
    for (const auto* status : {R"({"status": "ready_for_review"})", R"({"status": "approved"})"})
        REQUIRE(c.call("POST", e.pilton_bid + "/sections/response-0/status", c.provider, status).status == 200);
    e.close_stage1();
    const auto& bid = e.pilton_bid;
    for (const auto* token : {&e.chair, &e.member})
        REQUIRE(c.call("PUT", bid + "/conflict-declaration", *token, R"({"conflicted": false})").status == 200);
    REQUIRE(c.call("PUT", bid + "/conflict-declaration", e.conflicted, R"({"conflicted": true, "description": "Volunteer there"})")
                .status == 200);
    for (const auto* token : {&e.chair, &e.member}) {
        REQUIRE(e.score(*token, bid, 0, 3).status == 200);
        REQUIRE(c.call("PUT", bid + "/my-scores/1", *token,
                       R"({"score": 2, "justification": "Thin", "advice": "Show how partners share decisions"})")
                    .status == 200);
        REQUIRE(c.call("POST", bid + "/my-scores/submission", *token).status == 200);
    }

    // Nothing of scoring reaches the bidder before release.
    const auto early = c.call("GET", bid + "/feedback", c.provider);
    CHECK(early.status == 409);
    CHECK(early.json().at("type").as_string() == "urn:collabtender:problem:feedback-not-released");
    const auto draft = c.call("GET", bid + "/feedback", c.edinburgh_officer);
    REQUIRE_MESSAGE(draft.status == 200, draft.body);
    CHECK(draft.json().at("lot").at("id").as_string() == e.lot);
    CHECK_FALSE(draft.json().at("consortium").at("name").as_string().empty());
    CHECK(draft.json().at("text").as_string().find("Show how partners share decisions") != std::string::npos);
    CHECK_FALSE(draft.json().at("edited").as_bool());
    // The panel's advice as points, one per panellist who gave any, unnamed.
    const auto points = draft.json().at("advice").at(1).at("items").as_array();
    CHECK(points.size() == 2);
    for (const auto& point : points) CHECK(point.as_string() == "Show how partners share decisions");

    CHECK(c.call("PUT", bid + "/feedback", c.edinburgh_officer, R"({"text": "x", "suggested_lot_id": "nope"})").status == 422);
    CHECK(c.call("PUT", bid + "/feedback", c.glasgow_officer, R"({"text": "x"})").status == 404);
    const std::string advice = "Consider bidding with a partner for this lot: the panel saw strong person-led plans.";
    CHECK(contains(pointers(c.call("PUT", bid + "/feedback", c.edinburgh_officer,
                                   R"({"text": "x", "advice": [{"criterion": 7, "text": "y"}]})")),
                   "/advice"));
    const auto saved = c.call("PUT", bid + "/feedback", c.edinburgh_officer,
                              R"({"text": ")" + advice + R"(", "suggested_lot_id": ")" + e.lot +
                                  R"(", "advice": [{"criterion": 0, "text": "Say more about evening support."}]})");
    REQUIRE(saved.status == 200);
    // The answer is the feedback as the commissioner reads it, the edit applied.
    CHECK(saved.json() == c.call("GET", bid + "/feedback", c.edinburgh_officer).json());
    CHECK(saved.json().at("edited").as_bool());
    CHECK_FALSE(saved.json().at("released").as_bool());
    CHECK(saved.json().at("advice").at(0).at("text").as_string() == "Say more about evening support.");
    const auto before = c.call("GET", bid + "/sections", c.provider).json().at("items");
    CHECK_FALSE(before.at(0).as_object().contains("stage1_advice"));
    CHECK(before.at(0).at("status").as_string() == "approved");
    const auto release = c.call("POST", e.tender + "/actions/release_feedback", c.edinburgh_officer, R"({"show_scores": true})");
    REQUIRE_MESSAGE(release.status == 200, release.body);
    CHECK(c.call("PUT", bid + "/feedback", c.edinburgh_officer, R"({"text": "late"})").status == 409);

    const auto mine = c.call("GET", bid + "/feedback", c.provider);
    REQUIRE_MESSAGE(mine.status == 200, mine.body);
    const auto feedback = mine.json();
    CHECK(feedback.at("text").as_string() == advice);
    CHECK(feedback.at("suggested_lot_id").as_string() == e.lot);
    CHECK(feedback.at("scores").at(0).at("score").is_null());  // nothing was flagged, so no consensus was needed
    // What counted instead, and how it was reached: the panel's average (both gave 3, then 2).
    CHECK(feedback.at("scores").at(0).at("counted").as_string() == "3.00");
    CHECK(feedback.at("scores").at(1).at("counted").as_string() == "2.00");
    CHECK(feedback.at("scores").at(0).at("basis").as_string() == "panel_average");
    CHECK(mine.body.find("Thin") == std::string::npos);         // no panellist's own words or names
    CHECK(mine.body.find(e.chair_id) == std::string::npos);
    CHECK(feedback.at("advice").at(0).at("text").as_string() == "Say more about evening support.");
    CHECK(feedback.at("advice").at(0).at("items") == boost::json::array{"Say more about evening support."});

    // Stage 2 opens every section in progress again, with the advice for its criterion on it.
    const auto sections = c.call("GET", bid + "/sections", c.provider).json().at("items");
    CHECK(sections.at(0).at("stage1_advice").as_string() == "Say more about evening support.");
    CHECK(sections.at(1).at("stage1_advice").as_string() ==
          "- Show how partners share decisions\n- Show how partners share decisions\n");
    for (const auto& section : sections.as_array()) CHECK(section.at("status").as_string() == "in_progress");

    // The excluded bidder learns which gate failed and why; nobody reads another's feedback.
    const auto rival = c.call("GET", e.rival_bid + "/feedback", e.rival).json();
    CHECK(rival.at("gates").at(1).at("outcome").as_string() == "fail");
    CHECK(rival.at("gates").at(1).at("kind").as_string() == "fair_work_first");
    CHECK(c.call("GET", e.rival_bid + "/feedback", c.provider).status == 404);
    CHECK(c.call("GET", bid + "/feedback", e.rival).status == 404);
    CHECK(c.call("GET", bid + "/feedback", e.chair).status == 403);
}

TEST_CASE("after the deadline evaluators read the submitted documents, evaluators-only ones included") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto lot = std::string{c.call("GET", tender + "/lots", c.provider).json().at("items").at(0).at("id").as_string()};
    c.open_stage1(tender, 1h, 2h);
    const auto consortium = c.call("POST", tender + "/consortia", c.provider, R"({"name": "Pilton alone"})").header("location");
    const auto bid = c.call("POST", consortium + "/bids", c.provider, R"({"lot_id": ")" + lot + R"("})").header("location");
    REQUIRE(c.call("PATCH", bid, c.provider, draft_with_rate(1400), "\"1\"").status == 200);
    const auto upload = [&](const std::string& name, const std::string& visibility, const std::string& bytes) {
        const auto r = send(c.port(), {"POST", bid + "/documents?filename=" + name + "&visibility=" + visibility, bytes,
                                       "text/plain", c.provider, {}});
        REQUIRE_MESSAGE(r.status == 201, r.body);
        return std::string{r.json().at("id").as_string()};
    };
    const auto finances = upload("accounts.txt", "evaluators_only", "Reserves: three months");
    c.sign_off(bid, {c.provider});
    REQUIRE(send(c.port(), {"POST", bid + "/submissions", declaration_body, "application/json", c.provider, {{"Idempotency-Key", "1"}}})
                .status == 201);
    const auto late = upload("late.txt", "consortium", "Added after submitting");
    const auto path = [&](const std::string& id) { return bid + "/evaluation/documents/" + id; };
    CHECK(c.call("GET", path(finances), c.edinburgh_officer).status == 409);  // sealed

    c.server->pass_time(2h + 1s);  // past the stage-1 deadline
    REQUIRE(c.call("POST", tender + "/actions/close_stage1", c.edinburgh_officer).status == 200);
    const auto me = c.call("GET", "/api/v1/me", c.panellist).json();
    REQUIRE(c.call("POST", tender + "/panels", c.edinburgh_officer,
                   R"({"name": "P", "members": [{"user_id": ")" + std::string{me.at("id").as_string()} +
                       R"(", "kind": "lived_experience", "chair": true}]})").status == 201);
    CHECK(c.call("GET", path(finances), c.panellist).status == 409);  // declare first
    REQUIRE(c.call("PUT", bid + "/conflict-declaration", c.panellist, R"({"conflicted": false})").status == 200);
    const auto read = c.call("GET", path(finances), c.panellist);
    REQUIRE(read.status == 200);
    CHECK(read.body == "Reserves: three months");
    CHECK(c.call("GET", path(finances), c.edinburgh_officer).status == 200);
    CHECK(c.call("GET", path(late), c.panellist).status == 404);  // never submitted
    CHECK(c.call("GET", path(finances), c.glasgow_officer).status == 404);
    CHECK(c.call("GET", path(finances), c.provider).status == 403);
}

TEST_CASE("a gate judgement by the commissioner carries into stage 2 only while the declaration stands") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto lot = std::string{c.call("GET", tender + "/lots", c.provider).json().at("items").at(0).at("id").as_string()};
    c.open_stage1(tender, 1h, 2h, 10h);
    const auto other = c.another_provider("Health in Mind", "staff@him.example");
    const auto bid = [&](const std::string& token, const std::string& name) {
        const auto consortium = c.call("POST", tender + "/consortia", token, R"({"name": ")" + name + R"("})").header("location");
        const auto path = c.call("POST", consortium + "/bids", token, R"({"lot_id": ")" + lot + R"("})").header("location");
        REQUIRE(c.call("PATCH", path, token, draft_with_rate(1200), "\"1\"").status == 200);
        c.sign_off(path, {token});
        REQUIRE(send(c.port(), {"POST", path + "/submissions", declaration_body, "application/json", token, {{"Idempotency-Key", "1"}}})
                    .status == 201);
        return path;
    };
    const auto kept = bid(c.provider, "Pilton alone");
    const auto changed = bid(other, "Health in Mind");
    c.server->pass_time(2h + 1s);  // past the stage-1 deadline
    REQUIRE(c.call("POST", tender + "/actions/close_stage1", c.edinburgh_officer).status == 200);
    for (const auto& b : {kept, changed})
        REQUIRE(c.call("PUT", b + "/gate-results/1", c.edinburgh_officer,
                       R"({"outcome": "pass", "reason": "Rates rise to £13.50 from April, evidenced in the pay policy."})")
                    .status == 200);
    c.score_bids(tender, {kept, changed});
    // One panellist: the commissioner is warned that fewer than two are free of conflict.
    const auto panel = c.call("GET", tender + "/panels", c.edinburgh_officer).json().at("items").at(0).at("id");
    const auto listed = c.call("GET", "/api/v1/panels/" + std::string{panel.as_string()} + "/bids", c.edinburgh_officer).json();
    CHECK(listed.at("items").at(0).at("warnings").at(0).as_string() == "fewer_than_two_unconflicted_panellists");
    REQUIRE(c.call("POST", tender + "/actions/release_feedback", c.edinburgh_officer).status == 200);

    REQUIRE(c.call("PATCH", changed, other, R"({"declarations": {"1": {"committed": true, "hourly_rate_pence": 1250}}})", "\"2\"")
                .status == 200);
    for (const auto& [token, path] : {std::pair{c.provider, kept}, std::pair{other, changed}}) {
        c.sign_off(path, {token});
        REQUIRE(send(c.port(), {"POST", path + "/submissions", declaration_body, "application/json", token, {{"Idempotency-Key", "2"}}})
                    .status == 201);
    }
    c.server->pass_time(8h);  // past the stage-2 deadline
    REQUIRE(c.call("POST", tender + "/actions/close_stage2", c.edinburgh_officer).status == 200);

    const auto results = c.call("GET", tender + "/gate-results?stage=2", c.edinburgh_officer).json();
    REQUIRE(results.at("items").as_array().size() == 2);
    for (const auto& item : results.at("items").as_array()) {
        const auto& fair_work = item.at("results").at(1);
        if (item.at("bid_id").as_string() == id_of(kept)) {
            CHECK(fair_work.at("outcome").as_string() == "pass");  // the same declaration, the same judgement
            CHECK_FALSE(fair_work.at("decided_by").is_null());
        } else {
            CHECK(fair_work.at("outcome").as_string() == "fail");  // a new declaration, checked afresh
            CHECK(fair_work.at("decided_by").is_null());
        }
    }
}

TEST_CASE("panellists are told when bids are ready, see whether they are scoring now, and never a cancelled lot") {
    Commissioning c;
    const auto tender = c.published_pin();
    REQUIRE(c.call("POST", tender + "/lots", c.edinburgh_officer, lot_body(2)).status == 201);
    c.open_stage1(tender, 3600s, 3 * 24h);
    const auto lots = c.lots(tender);
    const auto bid = c.submitted_bid(tender, lots[0], c.provider, "Pilton alone");
    REQUIRE(c.call("POST", tender + "/lots/" + lots[1] + "/cancellation", c.edinburgh_officer,
                   R"({"reason": "The service will be recommissioned"})").status == 200);
    c.form_panel(tender);
    const auto waiting = c.call("GET", "/api/v1/me/panels", c.panellist).json().at("items").at(0);
    CHECK_FALSE(waiting.at("evaluating").as_bool());

    c.db.exec("UPDATE tender SET stage1_deadline = now() - interval '1 second'");
    REQUIRE(c.call("POST", tender + "/actions/close_stage1", c.edinburgh_officer).status == 200);
    const auto told = c.call("GET", "/api/v1/notifications", c.panellist).json().at("items").at(0);
    CHECK(told.at("kind").as_string() == "bids_ready");
    CHECK(told.at("link").as_string() == "/panels");
    const auto scoring = c.call("GET", "/api/v1/me/panels", c.panellist).json().at("items").at(0);
    CHECK(scoring.at("evaluating").as_bool());
    CHECK(scoring.at("stage").as_int64() == 1);
    REQUIRE(scoring.at("lots").as_array().size() == 1);  // lot 2 was cancelled
    CHECK(scoring.at("lots").at(0).at("bids").as_int64() == 1);

    c.score_bids(tender, {bid});
    // Nor is a cancelled lot one to suggest finding partners for.
    const auto suggested = c.call("PUT", bid + "/feedback", c.edinburgh_officer,
                                  R"({"text": "Strong plans.", "suggested_lot_id": ")" + lots[1] + R"("})");
    CHECK(suggested.status == 422);
    CHECK(contains(pointers(suggested), "/suggested_lot_id"));
    REQUIRE(c.call("POST", tender + "/actions/release_feedback", c.edinburgh_officer).status == 200);
    const auto done = c.call("GET", "/api/v1/me/panels", c.panellist).json().at("items").at(0);
    CHECK_FALSE(done.at("evaluating").as_bool());  // not "scoring the first stage" any more
}
