// Stage 2 to award over HTTP: revised bids, ranking with a tie broken by the
// commissioner, award decision and standstill, suspension, letters to every
// bidder, confirmation with a contract, and the tender awarded.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <thread>

#include <unistd.h>

#include <boost/json.hpp>

#include "tests/support/commissioning.hpp"
#include "tests/support/ocds.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

// A PDF's text, as Debian's pdftotext reads it: independent of what made the PDF.
std::string pdf_text(const std::string& pdf) {
    const auto path = std::filesystem::temp_directory_path() / ("letter-" + std::to_string(::getpid()) + ".pdf");
    std::ofstream{path, std::ios::binary} << pdf;
    const auto read = run_shell("pdftotext -layout '" + path.string() + "' -");
    std::filesystem::remove(path);
    REQUIRE_MESSAGE(read.exit_code == 0, read.output);
    return read.output;
}

}  // namespace

TEST_CASE("a lot is ranked, a tie decided, the award proposed, challenged, confirmed, and every bidder told why") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto lot = std::string{c.call("GET", tender + "/lots", c.provider).json().at("items").at(0).at("id").as_string()};
    const auto cyrenians = c.another_provider("Cyrenians", "staff@cyrenians.example");
    const auto rival = c.another_provider("Health in Mind", "staff@him.example");
    // Stage 2 closes more than a week after stage 1, so that no deadline reminder
    // (sent a week before) reaches a bidder between the two and adds to what each hears.
    c.open_stage1(tender, 1h, 2h, 8 * 24h + 2h);
    const auto bid = [&](const std::string& token, const std::string& name, int rate, const std::string& key) {
        const auto consortium = c.call("POST", tender + "/consortia", token, R"({"name": ")" + name + R"("})").header("location");
        const auto path = c.call("POST", consortium + "/bids", token, R"({"lot_id": ")" + lot + R"("})").header("location");
        REQUIRE(c.call("PATCH", path, token, draft_with_rate(rate), "\"1\"").status == 200);
        c.sign_off(path, {token});
        const auto submitted =
            send(c.port(), {"POST", path + "/submissions", declaration_body, "application/json", token, {{"Idempotency-Key", key}}});
        REQUIRE_MESSAGE(submitted.status == 201, submitted.body);
        return path;
    };
    const auto pilton_bid = bid(c.provider, "Pilton alone", 1400, "s1");
    const auto cyrenians_bid = bid(cyrenians, "Cyrenians", 1500, "s1");
    const auto rival_bid = bid(rival, "Health in Mind", 1200, "s1");  // fails Fair Work

    c.server->pass_time(2h + 1s);  // past the stage-1 deadline
    REQUIRE(c.call("POST", tender + "/actions/close_stage1", c.edinburgh_officer).status == 200);
    c.score_bids(tender, {pilton_bid, cyrenians_bid});
    REQUIRE(c.call("GET", "/api/v1/lots/" + lot + "/ranking", c.edinburgh_officer).status == 409);  // stage 2 first
    REQUIRE(c.call("POST", tender + "/actions/release_feedback", c.edinburgh_officer).status == 200);
    for (const auto& [token, path] : {std::pair{c.provider, pilton_bid}, std::pair{cyrenians, cyrenians_bid}}) {
        c.sign_off(path, {token});
        const auto revised = send(c.port(), {"POST", path + "/submissions", declaration_body, "application/json", token, {{"Idempotency-Key", "s2"}}});
        REQUIRE_MESSAGE(revised.status == 201, revised.body);
    }
    c.server->pass_time(8 * 24h);  // past the stage-2 deadline
    REQUIRE(c.call("POST", tender + "/actions/close_stage2", c.edinburgh_officer).status == 200);

    const auto ranking_path = "/api/v1/lots/" + lot + "/ranking";
    const auto pending = c.call("GET", ranking_path, c.edinburgh_officer).json();
    CHECK(pending.at("pending").as_array().size() == 2);  // scores awaited
    CHECK(c.call("POST", "/api/v1/lots/" + lot + "/award-decision", c.edinburgh_officer).status == 409);
    c.score_bids(tender, {pilton_bid, cyrenians_bid});  // level on every criterion

    const auto tied = c.call("GET", ranking_path, c.edinburgh_officer);
    REQUIRE_MESSAGE(tied.status == 200, tied.body);
    const auto level = tied.json();
    REQUIRE(level.at("ranked").as_array().size() == 2);
    CHECK(level.at("ranked").at(0).at("rank").as_int64() == 1);
    CHECK(level.at("ranked").at(1).at("rank").as_int64() == 1);
    CHECK(level.at("ranked").at(0).at("tie_break").as_string() == "unresolved");
    CHECK(level.at("ranked").at(0).at("weighted_score").as_string() == "75.00");
    REQUIRE(level.at("out").as_array().size() == 1);
    CHECK(level.at("out").at(0).at("reasons").at(0).as_string().find("stage 1") != std::string::npos);
    const auto& gate = level.at("out").at(0).at("reason_details").at(0);  // the same reason, as data
    CHECK(gate.at("code").as_string() == "gate_failed");
    CHECK(gate.at("stage").as_int64() == 1);
    CHECK(gate.at("kind").as_string() == "fair_work_first");
    CHECK(gate.at("text") == level.at("out").at(0).at("reasons").at(0));
    CHECK(c.call("GET", ranking_path, c.glasgow_officer).status == 403);
    CHECK(c.call("GET", ranking_path, c.provider).status == 403);

    const auto unresolved = c.call("POST", "/api/v1/lots/" + lot + "/award-decision", c.edinburgh_officer);
    CHECK(unresolved.json().at("type").as_string() == "urn:collabtender:problem:tie-unresolved");
    const auto order = R"({"order": [")" + id_of(cyrenians_bid) + R"(", ")" + id_of(pilton_bid) +
                       R"("], "reason": "Cyrenians already run the locality hub the lot builds on."})";
    CHECK(c.call("PUT", "/api/v1/lots/" + lot + "/tie-break", c.edinburgh_officer,
                 R"({"order": [")" + id_of(rival_bid) + R"(", ")" + id_of(pilton_bid) + R"("], "reason": "x"})")
              .status == 422);  // the excluded bid is not ranked
    REQUIRE(c.call("PUT", "/api/v1/lots/" + lot + "/tie-break", c.edinburgh_officer, order).status == 200);
    const auto decided = c.call("GET", ranking_path, c.edinburgh_officer).json();
    CHECK(decided.at("ranked").at(0).at("consortium").as_string() == "Cyrenians");
    CHECK(decided.at("ranked").at(0).at("tie_break").as_string() == "commissioner_decision");
    CHECK(decided.at("ranked").at(1).at("rank").as_int64() == 2);
    // Kept ready: the read stored what it computed, current until the next change
    // (the tie-break above was one: its ranking differs from the one read before).
    CHECK(c.db.scalar("SELECT computed_generation = generation FROM lot_ranking WHERE lot_id = '" + lot + "'") == "t");
    CHECK(c.call("GET", ranking_path, c.edinburgh_officer).body == c.call("GET", ranking_path, c.edinburgh_officer).body);

    // An override needs its reason; the ranking's own choice does not.
    CHECK(contains(pointers(c.call("POST", "/api/v1/lots/" + lot + "/award-decision", c.edinburgh_officer,
                                   R"({"bid_ids": [")" + id_of(pilton_bid) + R"("]})")),
                   "/reason"));
    const auto proposed = c.call("POST", "/api/v1/lots/" + lot + "/award-decision", c.edinburgh_officer);
    REQUIRE_MESSAGE(proposed.status == 201, proposed.body);
    const auto decision = proposed.json();
    REQUIRE(decision.at("awards").as_array().size() == 1);
    CHECK(decision.at("awards").at(0).at("bid_id").as_string() == id_of(cyrenians_bid));
    CHECK(decision.at("awards").at(0).at("consortium").at("name").as_string() == "Cyrenians");
    CHECK(c.call("GET", tender, c.edinburgh_officer).json().at("status").as_string() == "standstill");
    CHECK(c.call("POST", "/api/v1/lots/" + lot + "/award-decision", c.edinburgh_officer).status == 409);  // once

    // Each bidder's letter: its own scores beside the winner's, and the reasons.
    const auto letter = c.call("GET", pilton_bid + "/outcome-letter", c.provider);
    REQUIRE_MESSAGE(letter.status == 200, letter.body);
    const auto pilton_letter = letter.json();
    CHECK(pilton_letter.at("outcome").as_string() == "unsuccessful");
    CHECK(pilton_letter.at("successful").at(0).at("consortium").as_string() == "Cyrenians");
    CHECK(pilton_letter.at("your_scores").at(0).as_string() == "3.00");
    CHECK(pilton_letter.at("reasons").at(0).as_string().find("ranked 2 of 2") == 0);
    const auto& ranked_second = pilton_letter.at("reason_details").at(0);
    CHECK(ranked_second.at("code").as_string() == "ranked");
    CHECK(ranked_second.at("rank").as_int64() == 2);
    CHECK(ranked_second.at("of").as_int64() == 2);
    CHECK(ranked_second.at("max_awards").as_int64() == 1);
    CHECK(c.call("GET", cyrenians_bid + "/outcome-letter", cyrenians).json().at("outcome").as_string() == "successful");
    const auto excluded = c.call("GET", rival_bid + "/outcome-letter", rival).json();
    CHECK(excluded.at("reasons").at(0).as_string().find("Fair Work") == std::string::npos);  // the gate's own words
    CHECK(excluded.at("reasons").at(0).as_string().find("hourly rate") != std::string::npos);
    CHECK(c.call("GET", pilton_bid + "/outcome-letter", rival).status == 404);
    const auto page = send(c.port(), {"GET", pilton_bid + "/outcome-letter", "", "", c.provider, {{"Accept", "text/html"}}});
    CHECK(page.header("content-type") == "text/html; charset=utf-8");
    CHECK(page.header("content-disposition").starts_with("attachment; filename=\"outcome-letter-"));
    CHECK(page.header("content-disposition").find("-lot-1-Pilton-alone.html\"") != std::string::npos);
    // A letter to file: the buyer's name and address at its head, dated in words,
    // each score saying how it was reached, and the standstill's end in words.
    const auto& body = page.body;
    CHECK(body.find("<strong>Edinburgh HSCP</strong><br>Waverley Court<br>4 East Market Street<br>Edinburgh EH8 8BG") !=
          std::string::npos);
    CHECK(pilton_letter.at("buyer").at("name").as_string() == "Edinburgh HSCP");
    CHECK(pilton_letter.at("lead_organisation").is_string());
    const std::string date_words = R"(\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4})";
    std::smatch dated;
    CHECK(std::regex_search(body, dated, std::regex{"<p class=\"date\">(" + date_words + ")</p>"}));
    CHECK(std::regex_search(body, std::regex{"The standstill period ends on " + date_words + R"(, \d\d:\d\d \((GMT|BST)\))"}));
    CHECK(body.find("T12:") == std::string::npos);  // no raw timestamps
    CHECK(pilton_letter.at("your_score_bases").at(0).as_string() == "panel_mean");
    CHECK(body.find("3.00 (panel&#8217;s average)") != std::string::npos);
    CHECK(body.find("@page") != std::string::npos);  // printed on A4
    CHECK(body.find("<th scope=\"col\">Cyrenians (successful)</th>") != std::string::npos);
    CHECK(body.find("Your bid was <strong>not successful</strong>") != std::string::npos);
    // The same letter as a PDF, read back as text.
    const auto pdf = send(c.port(), {"GET", pilton_bid + "/outcome-letter", "", "", c.provider, {{"Accept", "application/pdf"}}});
    REQUIRE_MESSAGE(pdf.status == 200, pdf.body.substr(0, 500));
    CHECK(pdf.header("content-type") == "application/pdf");
    CHECK(pdf.header("content-disposition").find("-lot-1-Pilton-alone.pdf\"") != std::string::npos);
    CHECK(pdf.body.starts_with("%PDF-"));
    const auto words = pdf_text(pdf.body);
    CHECK(words.find("Edinburgh HSCP") != std::string::npos);
    CHECK(words.find("Waverley Court") != std::string::npos);
    CHECK(words.find(dated.str(1)) != std::string::npos);
    CHECK(words.find("not successful") != std::string::npos);

    // Standstill: no confirmation yet; a challenge suspends the award.
    const auto award = "/api/v1/awards/" + std::string{decision.at("awards").at(0).at("id").as_string()};
    const std::string contract =
        R"({"start_date": "2027-04-01", "term_months": 60, "extension_months": 24, "value_pence": 450000000})";
    CHECK(c.call("POST", award + "/confirmation", c.edinburgh_officer, contract).json().at("type").as_string() ==
          "urn:collabtender:problem:standstill");
    REQUIRE(c.call("POST", award + "/suspension", c.edinburgh_officer, R"({"reason": "Pilton asked for a review"})").status ==
            200);
    c.db.exec("UPDATE award_decision SET standstill_ends_at = now() - interval '1 second'");  // ten days pass
    CHECK(c.call("POST", award + "/confirmation", c.edinburgh_officer, contract).status == 409);
    REQUIRE(c.call("POST", award + "/resumption", c.edinburgh_officer).status == 200);
    // The timetable tells the commissioners that the standstill has ended.
    c.db.exec("UPDATE scheduled_job SET next_run_at = now() - interval '1 second'");
    for (int i = 0; i < 200 && c.db.scalar("SELECT count(*) FROM scheduled_job WHERE next_run_at <= now()") != "0"; ++i)
        std::this_thread::sleep_for(50ms);
    const auto told = c.call("GET", "/api/v1/notifications", c.edinburgh_officer).json();
    std::vector<boost::json::object> ended;  // besides each panel's "scoring complete"
    for (const auto& item : told.at("items").as_array())
        if (item.at("kind").as_string() == "standstill_ended") ended.push_back(item.as_object());
    REQUIRE(ended.size() == 1);
    CHECK(ended[0].at("link").as_string() == "/tenders/" + id_of(tender) + "/award");
    CHECK(c.call("POST", award + "/confirmation", c.edinburgh_officer, R"({"start_date": "2027-02-30", "term_months": 60,
              "extension_months": 24, "value_pence": 1})").status == 422);
    const auto confirmed = c.call("POST", award + "/confirmation", c.edinburgh_officer, contract);
    REQUIRE_MESSAGE(confirmed.status == 200, confirmed.body);
    CHECK(confirmed.json().at("awards").at(0).at("contract").at("value_pence").as_int64() == 450000000);
    CHECK(c.call("GET", tender, c.edinburgh_officer).json().at("status").as_string() == "awarded");
    CHECK(c.call("GET", tender + "/awards", c.edinburgh_officer).json().at("items").as_array().size() == 1);
    const auto verified = c.call("GET", "/api/v1/audit/verify?tender_id=" + id_of(tender), c.edinburgh_officer).json();
    CHECK(verified.at("intact").as_bool());

    const auto outcomes = c.call("GET", "/api/v1/lots/" + lot + "/reports/outcomes.csv", c.edinburgh_officer).body;
    CHECK(outcomes.find("Cyrenians,ranked,1,75.00,confirmed,") != std::string::npos);
    CHECK(outcomes.find("Pilton alone,ranked,2,75.00,not awarded,") != std::string::npos);
    CHECK(outcomes.find("Health in Mind,out,,,not awarded,\"failed a minimum requirement in stage 1") != std::string::npos);

    // Every bidder heard each step in its own words, linked to its own letter, in
    // order; the rival too, though it left in stage 1. Nobody else did.
    for (const auto& [token, path] : {std::pair{c.provider, pilton_bid}, std::pair{cyrenians, cyrenians_bid},
                                      std::pair{rival, rival_bid}}) {
        const auto listed = c.call("GET", "/api/v1/notifications?limit=100", token).json();
        std::string kinds;
        for (const auto& n : listed.at("items").as_array()) {
            kinds = std::string{n.at("kind").as_string()} + (kinds.empty() ? "" : ",") + kinds;
            if (n.at("kind").as_string().starts_with("award") || n.at("kind").as_string().starts_with("standstill"))
                CHECK(n.at("link").as_string() == "/bids/" + id_of(path) + "/outcome");
        }
        CHECK(kinds == "bid_submitted,feedback_released," + std::string{token == rival ? "" : "bid_submitted,"} +
                           "award_proposed,standstill_suspended,standstill_resumed,award_confirmed");
    }
    CHECK(c.call("GET", "/api/v1/notifications", c.glasgow_officer).json().at("total").as_int64() == 0);

    // The open data gains the bids, the award and its contract, valid against the official schema.
    const auto ocds = c.call("GET", tender + "/ocds", "");
    REQUIRE(ocds.status == 200);
    const auto validated = validate_ocds(ocds.body);
    CHECK_MESSAGE(validated.exit_code == 0, validated.output);
    const auto package = ocds.json();
    const auto& release = package.at("releases").at(0);
    CHECK(release.at("tag").as_array().size() == 4);  // planning, tender, award, contract
    CHECK(release.at("awards").at(0).at("status").as_string() == "active");
    CHECK(release.at("awards").at(0).at("suppliers").at(0).at("name").as_string() == "Cyrenians");
    CHECK(release.at("contracts").at(0).at("value").at("amount").as_double() == 4500000.0);
    CHECK(release.at("bids").at("statistics").at(0).at("value").as_int64() == 3);
    int disqualified = 0;
    for (const auto& b : release.at("bids").at("details").as_array())
        disqualified += b.at("status").as_string() == "disqualified";
    CHECK(disqualified == 1);
}
