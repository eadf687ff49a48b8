// The whole two-stage process over HTTP, modelled on Edinburgh's Thrive Welcome
// Teams: four lots; partnership and single bids; a bid excluded by a gate; a
// conflicted panellist; a disagreement flagged and moderated; feedback advising a
// single bidder to partner, who then joins with a partner for stage 2; revised
// bids; a tie broken; awards proposed; standstill; confirmation; open data.
#include <doctest/doctest.h>

#include <map>
#include <sstream>
#include <string>
#include <utility>

#include <boost/json.hpp>

#include "tests/support/accounts.hpp"
#include "tests/support/commissioning.hpp"
#include "tests/support/ocds.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

struct Edinburgh {
    Commissioning c;
    std::string tender;
    std::vector<std::string> lots;
    std::string chair, member, third;  // panellists: lived experience, statutory, third sector

    std::string organisation_of(const std::string& token) const {
        return std::string{c.call("GET", "/api/v1/me", token).json().at("organisation").at("id").as_string()};
    }

    std::string consortium(const std::string& token, const std::string& name) const {
        const auto created = c.call("POST", tender + "/consortia", token, R"({"name": ")" + name + R"("})");
        REQUIRE_MESSAGE(created.status == 201, created.body);
        return created.header("location");
    }

    std::string bid(const std::string& token, const std::string& consortium_path, int lot, int rate,
                    std::vector<std::string> signers = {}) const {
        const auto created = c.call("POST", consortium_path + "/bids", token, R"({"lot_id": ")" + lots[lot] + R"("})");
        REQUIRE_MESSAGE(created.status == 201, created.body);
        const auto path = created.header("location");
        REQUIRE(c.call("PATCH", path, token, draft_with_rate(rate), "\"1\"").status == 200);
        submit(token, path, "stage-1", signers);
        return path;
    }

    // Every member organisation (the submitter's alone when `signers` is empty) signs off first.
    void submit(const std::string& token, const std::string& bid_path, const std::string& key,
                std::vector<std::string> signers = {}) const {
        c.sign_off(bid_path, signers.empty() ? std::vector<std::string>{token} : signers);
        const auto r = send(c.port(), {"POST", bid_path + "/submissions", declaration_body, "application/json", token, {{"Idempotency-Key", key}}});
        REQUIRE_MESSAGE(r.status == 201, r.body);
    }

    // A panellist declares, scores both criteria and submits.
    void score(const std::string& panellist, const std::string& bid, int first, int second,
               const std::string& advice = "") const {
        REQUIRE(c.call("PUT", bid + "/conflict-declaration", panellist, R"({"conflicted": false})").status == 200);
        REQUIRE(c.call("PUT", bid + "/my-scores/0", panellist,
                       R"({"score": )" + std::to_string(first) + R"(, "justification": "Evidence in the response"})")
                    .status == 200);
        REQUIRE(c.call("PUT", bid + "/my-scores/1", panellist,
                       R"({"score": )" + std::to_string(second) + R"(, "justification": "As described", "advice": ")" +
                           advice + R"("})")
                    .status == 200);
        REQUIRE(c.call("POST", bid + "/my-scores/submission", panellist).status == 200);
    }
};

}  // namespace

TEST_CASE("Edinburgh: a tender runs from PIN to confirmed awards over the API") {
    Edinburgh e;
    auto& c = e.c;
    e.tender = c.draft("EDI-THRIVE");
    for (int n = 1; n <= 4; ++n) {
        const auto lot = c.call("POST", e.tender + "/lots", c.edinburgh_officer, lot_body(n));
        REQUIRE(lot.status == 201);
        e.lots.emplace_back(lot.json().at("id").as_string());
    }
    REQUIRE(c.call("POST", e.tender + "/actions/publish_pin", c.edinburgh_officer).status == 200);

    // Panellists, one of whom volunteers with Cyrenians.
    std::string chair_id, member_id, third_id;
    const auto panellist = [&](const std::string& email, std::string& id) {
        id = create_user(c.db.url(), c.edinburgh, email, "panellist", test_password);
        return login(c.port(), email, test_password);
    };
    e.chair = c.panellist;
    chair_id = c.db.scalar("SELECT id FROM app_user WHERE email = 'panel@edinburgh.example'");
    e.member = panellist("statutory@edinburgh.example", member_id);
    e.third = panellist("third@edinburgh.example", third_id);
    // Providers' accounts.
    const auto cyrenians = c.another_provider("Cyrenians", "staff@cyrenians.example");
    const auto renewal = c.another_provider("Community Renewal", "staff@renewal.example");
    const auto opportunities = c.another_provider("Health Opportunities", "staff@opportunities.example");
    const auto him = c.another_provider("Health in Mind", "staff@him.example");
    const auto crops = c.another_provider("Leith Community Crops", "staff@crops.example");
    c.open_stage1(e.tender, 1h, 2h, 10h);

    const auto panel = c.call("POST", e.tender + "/panels", c.edinburgh_officer, R"({"name": "Thrive panel", "members": [
        {"user_id": ")" + chair_id + R"(", "kind": "lived_experience", "chair": true},
        {"user_id": ")" + member_id + R"(", "kind": "statutory", "chair": false},
        {"user_id": ")" + third_id + R"(", "kind": "third_sector", "chair": false}]})");
    REQUIRE_MESSAGE(panel.status == 201, panel.body);

    // Stage 1: a single bidder, partnerships and a bid that fails Fair Work.
    const auto pilton_consortium = e.consortium(c.provider, "Pilton alone");
    const auto pilton = e.bid(c.provider, pilton_consortium, 0, 1400);
    const auto cyrenians_consortium = e.consortium(cyrenians, "Cyrenians");
    const auto cyrenians1 = e.bid(cyrenians, cyrenians_consortium, 0, 1500);
    const auto cyrenians2 = e.bid(cyrenians, cyrenians_consortium, 1, 1500);
    const auto him_bid = e.bid(him, e.consortium(him, "Health in Mind"), 0, 1200);
    const auto renewal_consortium = e.consortium(renewal, "Renewal and Opportunities");
    REQUIRE(c.call("POST", renewal_consortium + "/members", renewal,
                   R"({"organisation_id": ")" + e.organisation_of(opportunities) + R"(", "role": "partner", "share_bp": 4000})")
                .status == 201);
    REQUIRE(c.call("POST", renewal_consortium + "/invitation/accept", opportunities).status == 200);
    REQUIRE(c.call("PATCH", renewal_consortium + "/members/" + e.organisation_of(renewal), renewal, R"({"share_bp": 6000})")
                .status == 200);
    const auto mou = send(c.port(), {"PUT", renewal_consortium + "/mou?filename=mou.txt", "We share the work 60:40.",
                                     "text/plain", renewal, {}});
    REQUIRE(mou.status == 200);
    const std::string digest{mou.json().at("mou").at("sha256").as_string()};
    for (const auto* token : {&renewal, &opportunities})
        REQUIRE(c.call("POST", renewal_consortium + "/mou/acknowledgement", *token, R"({"sha256": ")" + digest + R"("})")
                    .status == 200);
    const auto renewal2 = e.bid(renewal, renewal_consortium, 1, 1400, {renewal, opportunities});
    const auto renewal3 = e.bid(renewal, renewal_consortium, 2, 1400, {renewal, opportunities});

    c.server->pass_time(2h + 1s);  // past the stage-1 deadline
    // Lot 4 drew no bids, fewer than the tender's minimum of one: it holds up
    // evaluation until the commissioner cancels it, and nobody bid to be told.
    CHECK(pointers(c.call("POST", e.tender + "/actions/close_stage1", c.edinburgh_officer)) ==
          std::vector<std::string>{"/lots/4"});
    REQUIRE(c.call("POST", e.tender + "/lots/" + e.lots[3] + "/cancellation", c.edinburgh_officer,
                   R"({"reason": "No bids were received; the service will be recommissioned."})")
                .status == 200);
    REQUIRE(c.call("POST", e.tender + "/actions/close_stage1", c.edinburgh_officer).status == 200);

    // Stage-1 evaluation: the third-sector member is conflicted with Cyrenians.
    for (const auto& b : {cyrenians1, cyrenians2})
        REQUIRE(c.call("PUT", b + "/conflict-declaration", e.third,
                       R"({"conflicted": true, "description": "I volunteer with Cyrenians"})").status == 200);
    e.score(e.chair, pilton, 4, 2, "Find a partner with reach across the locality");
    e.score(e.member, pilton, 2, 2);
    e.score(e.third, pilton, 3, 2);
    for (const auto& b : {cyrenians1, cyrenians2, renewal2, renewal3}) {
        e.score(e.chair, b, 3, 3);
        e.score(e.member, b, 3, 3);
        if (b == renewal2 || b == renewal3) e.score(e.third, b, 3, 3);
    }
    CHECK(c.call("PUT", him_bid + "/conflict-declaration", e.chair, R"({"conflicted": false})").status == 200);
    CHECK(c.call("PUT", him_bid + "/my-scores/0", e.chair, R"({"score": 3, "justification": "x"})").status == 409);

    // Pilton's first criterion is flagged (4 against 2): feedback waits for moderation.
    const auto blocked = c.call("POST", e.tender + "/actions/release_feedback", c.edinburgh_officer);
    CHECK(contains(pointers(blocked), "/moderation"));
    REQUIRE(c.call("PUT", pilton + "/consensus/0", e.chair,
                   R"({"score": 3, "rationale": "Strong person-led plans; reach beyond Pilton is thin"})").status == 200);
    REQUIRE(c.call("PUT", pilton + "/feedback", c.edinburgh_officer,
                   R"({"text": "The panel valued your person-led plans. Consider partnering to reach the whole locality.",
                       "suggested_lot_id": ")" + e.lots[0] + R"("})").status == 200);
    const auto released = c.call("POST", e.tender + "/actions/release_feedback", c.edinburgh_officer, R"({"show_scores": true})");
    REQUIRE_MESSAGE(released.status == 200, released.body);
    const auto feedback = c.call("GET", pilton + "/feedback", c.provider).json();
    CHECK(feedback.at("suggested_lot_id").as_string() == e.lots[0]);
    CHECK(feedback.at("scores").at(0).at("score").as_int64() == 3);
    CHECK(c.call("GET", him_bid + "/feedback", him).json().at("gates").at(1).at("outcome").as_string() == "fail");

    // As advised, Pilton bids with a partner in stage 2, with the commissioner's agreement.
    CHECK(c.call("POST", pilton_consortium + "/members", c.provider,
                 R"({"organisation_id": ")" + e.organisation_of(crops) + R"(", "role": "partner", "share_bp": 3000})")
              .status == 409);  // locked since the first submission
    REQUIRE(c.call("POST", pilton_consortium + "/change-agreements", c.edinburgh_officer,
                   R"({"reason": "The panel advised Pilton to partner for locality-wide reach."})").status == 200);
    REQUIRE(c.call("POST", pilton_consortium + "/members", c.provider,
                   R"({"organisation_id": ")" + e.organisation_of(crops) + R"(", "role": "partner", "share_bp": 3000})")
                .status == 201);
    REQUIRE(c.call("POST", pilton_consortium + "/invitation/accept", crops).status == 200);
    REQUIRE(c.call("PATCH", pilton_consortium + "/members/" + c.provider_organisation, c.provider, R"({"share_bp": 7000})")
                .status == 200);
    const auto pilton_mou = send(c.port(), {"PUT", pilton_consortium + "/mou?filename=mou.txt", "Pilton leads; Crops grow.",
                                            "text/plain", c.provider, {}});
    REQUIRE(pilton_mou.status == 200);
    const std::string pilton_digest{pilton_mou.json().at("mou").at("sha256").as_string()};
    for (const auto& token : std::vector<std::string>{c.provider, crops})
        REQUIRE(c.call("POST", pilton_consortium + "/mou/acknowledgement", token,
                       R"({"sha256": ")" + pilton_digest + R"("})").status == 200);
    e.submit(c.provider, pilton, "stage-2", {c.provider, crops});
    e.submit(cyrenians, cyrenians1, "stage-2");
    e.submit(cyrenians, cyrenians2, "stage-2");
    e.submit(renewal, renewal2, "stage-2", {renewal, opportunities});
    e.submit(renewal, renewal3, "stage-2", {renewal, opportunities});
    CHECK(send(c.port(), {"POST", him_bid + "/submissions", declaration_body, "application/json", him, {{"Idempotency-Key", "s2"}}}).status ==
          409);

    c.server->pass_time(8h);  // past the stage-2 deadline
    REQUIRE(c.call("POST", e.tender + "/actions/close_stage2", c.edinburgh_officer).status == 200);

    // Stage 2: Pilton and Cyrenians tie at 70%; Pilton is stronger on the 60% criterion.
    for (const auto& b : {cyrenians1, cyrenians2})
        REQUIRE(c.call("PUT", b + "/conflict-declaration", e.third,
                       R"({"conflicted": true, "description": "I volunteer with Cyrenians"})").status == 200);
    for (const auto* panellist_token : {&e.chair, &e.member}) {
        e.score(*panellist_token, pilton, 4, 1);
        e.score(*panellist_token, cyrenians1, 2, 4);
        e.score(*panellist_token, cyrenians2, 3, 3);
        e.score(*panellist_token, renewal2, 2, 2);
        e.score(*panellist_token, renewal3, 3, 4);
    }
    for (const auto& b : {pilton, renewal2, renewal3})
        e.score(e.third, b, b == pilton ? 4 : (b == renewal2 ? 2 : 3), b == pilton ? 1 : (b == renewal2 ? 2 : 4));

    const auto ranking = c.call("GET", "/api/v1/lots/" + e.lots[0] + "/ranking", c.edinburgh_officer);
    REQUIRE_MESSAGE(ranking.status == 200, ranking.body);
    const auto lot1 = ranking.json();
    REQUIRE(lot1.at("ranked").as_array().size() == 2);
    CHECK(lot1.at("ranked").at(0).at("bid_id").as_string() == id_of(pilton));
    CHECK(lot1.at("ranked").at(0).at("weighted_score").as_string() == "70.00");
    CHECK(lot1.at("ranked").at(1).at("weighted_score").as_string() == "70.00");
    CHECK(lot1.at("ranked").at(0).at("tie_break").as_string() == "highest_weighted_criterion");
    CHECK(lot1.at("out").at(0).at("bid_id").as_string() == id_of(him_bid));

    // Awards: the top bid of each lot; cancelled lot 4 has none.
    CHECK(c.call("POST", "/api/v1/lots/" + e.lots[3] + "/award-decision", c.edinburgh_officer).status == 409);
    for (int lot = 0; lot < 3; ++lot) {
        const auto decided = c.call("POST", "/api/v1/lots/" + e.lots[lot] + "/award-decision", c.edinburgh_officer);
        REQUIRE_MESSAGE(decided.status == 201, decided.body);
    }
    CHECK(c.call("GET", e.tender, c.edinburgh_officer).json().at("status").as_string() == "standstill");
    const auto letter = c.call("GET", cyrenians1 + "/outcome-letter", cyrenians).json();
    CHECK(letter.at("outcome").as_string() == "unsuccessful");
    CHECK(letter.at("successful").at(0).at("consortium").as_string() == "Pilton alone");
    CHECK(c.call("GET", pilton + "/outcome-letter", crops).json().at("outcome").as_string() == "successful");
    CHECK(c.call("GET", him_bid + "/outcome-letter", him).json().at("outcome").as_string() == "unsuccessful");

    c.db.exec("UPDATE award_decision SET standstill_ends_at = now() - interval '1 second'");  // ten days pass
    const auto awards = c.call("GET", e.tender + "/awards", c.edinburgh_officer).json();
    int confirmed = 0;
    for (const auto& d : awards.at("items").as_array())
        for (const auto& a : d.at("awards").as_array()) {
            const auto r = c.call("POST", "/api/v1/awards/" + std::string{a.at("id").as_string()} + "/confirmation",
                                  c.edinburgh_officer,
                                  R"({"start_date": "2027-04-01", "term_months": 60, "extension_months": 24, "value_pence": 450000000})");
            confirmed += r.status == 200;
        }
    CHECK(confirmed == 3);
    CHECK(c.call("GET", e.tender, c.edinburgh_officer).json().at("status").as_string() == "awarded");

    const auto ocds = c.call("GET", e.tender + "/ocds", "");
    const auto validated = validate_ocds(ocds.body);
    CHECK_MESSAGE(validated.exit_code == 0, validated.output);
    const auto package = ocds.json();
    const auto& release = package.at("releases").at(0);
    CHECK(release.at("tender").at("status").as_string() == "complete");
    CHECK(release.at("awards").as_array().size() == 3);
    CHECK(release.at("contracts").as_array().size() == 3);
    CHECK(release.at("tender").at("lots").at(3).at("status").as_string() == "cancelled");
    CHECK(c.call("GET", "/api/v1/audit/verify?tender_id=" + id_of(e.tender), c.edinburgh_officer).json().at("intact").as_bool());

    // No request of the whole tender ran more than 15 statements: each route's
    // histogram holds all its requests in the le="15" bucket. Uploads aside: their
    // bytes reach the database in 256 KiB pieces, a statement each.
    std::map<std::string, std::pair<std::string, std::string>> counts;  // labels: (at most 15, all)
    std::istringstream metrics{get(c.port(), "/metrics", test_metrics_token).body};
    const std::string bucket = "collabtender_http_request_statements_bucket{", total = "collabtender_http_request_statements_count{";
    for (std::string line; std::getline(metrics, line);) {
        const auto space = line.rfind(' ');
        if (line.rfind(bucket, 0) == 0 && line.find(",le=\"15\"}") != std::string::npos)
            counts[line.substr(bucket.size(), line.find(",le=") - bucket.size())].first = line.substr(space + 1);
        else if (line.rfind(total, 0) == 0)
            counts[line.substr(total.size(), line.rfind('}') - total.size())].second = line.substr(space + 1);
    }
    CHECK(counts.size() > 20);
    for (const auto& [labels, count] : counts)
        if (labels.find("/documents\"") == std::string::npos) CHECK_MESSAGE(count.first == count.second, labels);
}
