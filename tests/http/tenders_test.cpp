// Tenders, lots, criteria and gates over HTTP: who may do what, versions, the
// lifecycle and what freezes when stage 1 opens.
#include <doctest/doctest.h>

#include <chrono>
#include <memory>

#include <boost/json.hpp>

#include "tests/support/commissioning.hpp"

using namespace collabtender;
using namespace collabtender::test;
using namespace std::chrono_literals;

TEST_CASE("publishing a PIN needs its summary") {
    Commissioning c;
    const auto path = c.draft();
    c.call("POST", path + "/lots", c.edinburgh_officer, lot_body(1));
    REQUIRE(c.call("PATCH", path, c.edinburgh_officer, R"({"pin_summary": ""})", "\"1\"").status == 200);
    const auto refused = c.call("POST", path + "/actions/publish_pin", c.edinburgh_officer);
    CHECK(refused.status == 409);
    CHECK(contains(pointers(refused), "/pin_summary"));
}


TEST_CASE("a commissioner creates a draft tender, and nobody else may") {
    Commissioning c;
    const auto created = c.call("POST", "/api/v1/tenders", c.edinburgh_officer, Commissioning::tender_body("EDI-1"));
    REQUIRE(created.status == 201);
    const auto tender = created.json().as_object();
    CHECK(tender.at("status").as_string() == "draft");
    CHECK(tender.at("organisation_id").as_string() == c.edinburgh);
    CHECK(tender.at("buyer").at("id").as_string() == c.edinburgh);
    CHECK(tender.at("published_at").is_null());
    CHECK(tender.at("estimated_value_pence").as_int64() == 4'200'000'000LL);
    CHECK(tender.at("scoring_scale").as_array().size() == 5);
    CHECK(tender.at("timetable").at("standstill_days").as_int64() == 10);
    CHECK(created.header("etag") == "\"1\"");

    CHECK(c.call("POST", "/api/v1/tenders", c.provider, Commissioning::tender_body("P-1")).status == 403);
    CHECK(c.call("POST", "/api/v1/tenders", c.panellist, Commissioning::tender_body("P-2")).status == 403);
    CHECK(c.call("POST", "/api/v1/tenders", "", Commissioning::tender_body("P-3")).status == 401);
    CHECK(c.call("POST", "/api/v1/tenders", c.edinburgh_officer, Commissioning::tender_body("EDI-1")).status == 409);
    CHECK(c.db.scalar("SELECT count(*) FROM tender") == "1");
}

TEST_CASE("a tender with bad fields is refused naming each one, and nothing is written") {
    Commissioning c;
    auto body = boost::json::parse(Commissioning::tender_body("EDI-2")).as_object();
    body["cpv_codes"] = boost::json::array{"85312000-9", "85312000-1"};
    body["estimated_value_pence"] = 12.5;
    body["estimated_value"] = 12;
    body.erase("title");
    const auto response = c.call("POST", "/api/v1/tenders", c.edinburgh_officer, boost::json::serialize(body));
    CHECK(response.status == 422);
    const auto found = pointers(response);
    CHECK(contains(found, "/cpv_codes/1"));
    CHECK(contains(found, "/estimated_value_pence"));
    CHECK(contains(found, "/estimated_value"));
    CHECK(contains(found, "/title"));
    CHECK(c.db.scalar("SELECT count(*) FROM tender") == "0");
}

TEST_CASE("drafts are invisible outside the owning body's commissioners") {
    Commissioning c;
    const auto path = c.draft();
    CHECK(c.call("GET", path, c.edinburgh_officer).status == 200);
    for (const auto& token : {c.glasgow_officer, c.provider, c.panellist, std::string{}})
        CHECK(c.call("GET", path, token).status == 404);
    CHECK(c.call("GET", path + "/lots", c.provider).status == 404);
    CHECK(c.call("GET", "/api/v1/tenders", c.glasgow_officer).json().at("total").as_int64() == 0);
    CHECK(c.call("GET", "/api/v1/tenders", "").json().at("total").as_int64() == 0);
    CHECK(c.call("GET", "/api/v1/tenders", c.edinburgh_officer).json().at("total").as_int64() == 1);
    CHECK(c.call("PATCH", path, c.glasgow_officer, R"({"title": "Mine now"})", "\"1\"").status == 404);
    CHECK(c.call("GET", path, "not-a-token").status == 401);
}

TEST_CASE("edits need the current ETag") {
    Commissioning c;
    const auto path = c.draft();
    CHECK(c.call("PATCH", path, c.edinburgh_officer, R"({"title": "New title"})").status == 428);
    const auto changed = c.call("PATCH", path, c.edinburgh_officer, R"({"title": "New title"})", "\"1\"");
    REQUIRE(changed.status == 200);
    CHECK(changed.header("etag") == "\"2\"");
    CHECK(changed.json().at("title").as_string() == "New title");
    CHECK(changed.json().at("reference").as_string() == "EDI-2026-014");  // untouched
    const auto stale = c.call("PATCH", path, c.edinburgh_officer, R"({"title": "Lost update"})", "\"1\"");
    CHECK(stale.status == 412);
    CHECK(stale.header("etag") == "\"2\"");
    CHECK(c.call("GET", path, c.edinburgh_officer).json().at("title").as_string() == "New title");
    CHECK(c.call("PATCH", path, c.edinburgh_officer, R"({"price_weight": "none"})", "\"2\"").status == 422);
}

TEST_CASE("lots are added, listed, changed and removed") {
    Commissioning c;
    const auto path = c.draft();
    const auto first = c.call("POST", path + "/lots", c.edinburgh_officer, lot_body(1));
    REQUIRE(first.status == 201);
    const auto lot_path = first.header("location");
    CHECK(c.call("POST", path + "/lots", c.edinburgh_officer, lot_body(2)).status == 201);
    CHECK(c.call("POST", path + "/lots", c.edinburgh_officer, lot_body(2)).status == 409);
    CHECK(c.call("POST", path + "/lots", c.glasgow_officer, lot_body(3)).status == 404);

    const auto lots = c.call("GET", path + "/lots", c.edinburgh_officer).json().at("items").as_array();
    REQUIRE(lots.size() == 2);
    CHECK(lots[0].at("number").as_int64() == 1);
    CHECK(lots[0].at("max_awards").as_int64() == 1);

    CHECK(c.call("PATCH", lot_path, c.edinburgh_officer, R"({"max_awards": 2})", "\"1\"").status == 200);
    CHECK(c.call("GET", lot_path, c.edinburgh_officer).json().at("max_awards").as_int64() == 2);
    CHECK(c.call("DELETE", lot_path, c.edinburgh_officer, "", "\"1\"").status == 412);
    CHECK(c.call("DELETE", lot_path, c.edinburgh_officer, "", "\"2\"").status == 204);
    CHECK(c.call("GET", lot_path, c.edinburgh_officer).status == 404);
}

TEST_CASE("criteria weights must sum to 100 with the price weight") {
    Commissioning c;
    const auto path = c.draft();
    const auto uneven = c.call("PUT", path + "/criteria", c.edinburgh_officer,
                               R"({"criteria": [{"title": "Quality", "weight": 70}]})", "\"1\"");
    CHECK(uneven.status == 422);
    CHECK(contains(pointers(uneven), "/criteria"));
    const auto set = c.call("PUT", path + "/criteria", c.edinburgh_officer, criteria_body, "\"1\"");
    REQUIRE(set.status == 200);
    CHECK(set.header("etag") == "\"2\"");
    const auto read = c.call("GET", path + "/criteria", c.edinburgh_officer).json().at("criteria").as_array();
    REQUIRE(read.size() == 2);
    CHECK(read[1].at("panel_guidance").as_string() == "Look for shared accountability");
    CHECK(read[1].at("word_limit").as_int64() == 500);
}

TEST_CASE("gates are data: known kinds with valid parameters, on this tender's lots") {
    Commissioning c;
    const auto path = c.draft();
    const auto other = c.draft("EDI-OTHER");
    const auto other_lot = c.call("POST", other + "/lots", c.edinburgh_officer, lot_body(1)).json().at("id");
    const auto bad = c.call("PUT", path + "/gates", c.edinburgh_officer,
                            R"({"gates": [{"kind": "astrology", "parameters": {}},
                                {"kind": "insurance", "parameters": {"employers_liability_pence": 100,
                                 "public_liability_pence": 0, "professional_indemnity_pence": 0}},
                                {"kind": "custom", "lot_id": ")" +
                                std::string{other_lot.as_string()} +
                                R"(", "parameters": {"question": "Induction?", "passing_answer": true}}]})",
                            "\"1\"");
    CHECK(bad.status == 422);
    const auto found = pointers(bad);
    CHECK(contains(found, "/gates/0/kind"));
    CHECK(contains(found, "/gates/1/parameters/employers_liability_pence"));
    CHECK(contains(found, "/gates/2/lot_id"));

    REQUIRE(c.call("PUT", path + "/gates", c.edinburgh_officer, gates_body, "\"1\"").status == 200);
    const auto gates = c.call("GET", path + "/gates", c.edinburgh_officer).json().at("gates").as_array();
    REQUIRE(gates.size() == 3);
    CHECK(gates[1].at("kind").as_string() == "fair_work_first");
    CHECK(gates[1].at("parameters").at("minimum_hourly_rate_pence").as_int64() == 1345);
}

TEST_CASE("the lifecycle: PIN, stage 1 preconditions, freezing, deadlines, cancel") {
    Commissioning c;
    const auto path = c.draft();
    const auto action = [&](const std::string& name, const std::string& body = {}) {
        return c.call("POST", path + "/actions/" + name, c.edinburgh_officer, body);
    };

    const auto no_lots = action("publish_pin");
    CHECK(no_lots.status == 409);
    CHECK(contains(pointers(no_lots), "/lots"));
    // One title for every step refused this way, as RFC 9457 asks of a problem type.
    CHECK(no_lots.json().at("type").as_string() == "urn:collabtender:problem:preconditions-unmet");
    CHECK(no_lots.json().at("title").as_string() == "Conditions for this step not met");
    const auto lot_path = c.call("POST", path + "/lots", c.edinburgh_officer, lot_body(1)).header("location");
    CHECK(action("open_stage1").status == 409);  // a PIN comes first
    CHECK(c.call("POST", path + "/actions/publish_pin", c.glasgow_officer).status == 404);
    REQUIRE(action("publish_pin").status == 200);

    // Published: a public notice for everyone, still editable by its owner.
    CHECK(c.call("GET", path, "").status == 200);
    const auto notice = c.call("GET", path, c.provider).json();
    CHECK(notice.at("status").as_string() == "pin_published");
    // A provider, who may not read the buyer's organisation record, reads its name here.
    CHECK(notice.at("buyer").at("name").as_string() == "Edinburgh HSCP");
    CHECK(notice.at("published_at").is_string());
    CHECK(c.call("GET", "/api/v1/organisations/" + c.edinburgh, c.provider).status == 404);
    CHECK(c.call("GET", "/api/v1/tenders?status=pin_published", "").json().at("total").as_int64() == 1);
    CHECK(c.call("POST", path + "/actions/cancel", c.glasgow_officer, R"({"reason": "x"})").status == 403);
    CHECK(c.call("PATCH", path, c.provider, R"({"title": "x"})", "\"2\"").status == 403);

    const auto unready = action("open_stage1");
    CHECK(unready.status == 409);
    const auto unmet = pointers(unready);
    CHECK(contains(unmet, "/criteria"));
    CHECK(contains(unmet, "/gates"));
    CHECK(contains(unmet, "/timetable/stage1_deadline"));
    CHECK(contains(unmet, "/timetable/stage2_deadline"));
    CHECK(contains(unmet, "/timetable/clarification_cutoff"));

    auto version = std::string{c.call("GET", path, c.edinburgh_officer).header("etag")};
    version = c.call("PUT", path + "/criteria", c.edinburgh_officer, criteria_body, version).header("etag");
    version = c.call("PUT", path + "/gates", c.edinburgh_officer, gates_body, version).header("etag");
    const auto timetable = boost::json::serialize(boost::json::object{
        {"timetable", {{"clarification_cutoff", at(1h)}, {"stage1_deadline", at(2h)}, {"stage2_deadline", at(24h)}}}});
    REQUIRE(c.call("PATCH", path, c.edinburgh_officer, timetable, version).status == 200);
    const auto opened = action("open_stage1");
    REQUIRE_MESSAGE(opened.status == 200, opened.body);
    CHECK(opened.json().at("status").as_string() == "stage1_open");

    // Frozen once bidders can rely on it.
    const auto now_version = opened.header("etag");
    const auto frozen = c.call("PATCH", path, c.edinburgh_officer, R"({"title": "Changed"})", now_version);
    CHECK(frozen.status == 409);
    CHECK(frozen.json().at("type").as_string() == "urn:collabtender:problem:tender-frozen");
    CHECK(c.call("PUT", path + "/criteria", c.edinburgh_officer, criteria_body, now_version).status == 409);
    CHECK(c.call("PUT", path + "/gates", c.edinburgh_officer, gates_body, now_version).status == 409);
    CHECK(c.call("PUT", lot_path + "/criteria", c.edinburgh_officer, criteria_body, now_version).status == 409);
    CHECK(c.call("POST", path + "/lots", c.edinburgh_officer, lot_body(2)).status == 409);
    CHECK(c.call("PATCH", lot_path, c.edinburgh_officer, R"({"title": "x"})", "\"1\"").status == 409);
    CHECK(c.call("DELETE", lot_path, c.edinburgh_officer, "", "\"1\"").status == 409);

    const auto early = action("close_stage1");
    CHECK(early.status == 409);
    CHECK(contains(pointers(early), "/timetable/stage1_deadline"));
    c.server->pass_time(2h + 1s);  // past the stage-1 deadline
    // No bids came: below the tender's minimum of one, the lot holds up evaluation
    // until the commissioner records why it goes ahead (or extends, or cancels).
    CHECK(pointers(action("close_stage1")) == std::vector<std::string>{"/lots/1"});
    REQUIRE(c.call("POST", lot_path + "/minimum-bids-waiver", c.edinburgh_officer,
                   R"({"stage": 1, "reason": "The lot is evaluated on the bids received"})")
                .status == 201);
    CHECK(action("close_stage1").json().at("status").as_string() == "stage1_evaluation");
    CHECK(action("close_stage2").status == 409);  // not open yet
    CHECK(action("release_feedback").json().at("status").as_string() == "stage2_open");
    const auto stage2_early = action("close_stage2");
    CHECK(stage2_early.status == 409);
    CHECK(contains(pointers(stage2_early), "/timetable/stage2_deadline"));

    CHECK(action("cancel").status == 422);
    const auto cancelled = action("cancel", R"({"reason": "Budget withdrawn by the IJB"})");
    REQUIRE(cancelled.status == 200);
    CHECK(cancelled.json().at("status").as_string() == "cancelled");
    CHECK(cancelled.json().at("cancel_reason").as_string() == "Budget withdrawn by the IJB");
    CHECK(action("cancel", R"({"reason": "again"})").status == 409);
    CHECK(c.call("GET", path, "").status == 200);  // it was published: the notice stays public
    CHECK(action("reopen").status == 404);
}

TEST_CASE("a draft cancelled before publication stays private") {
    Commissioning c;
    const auto path = c.draft();
    REQUIRE(c.call("POST", path + "/actions/cancel", c.edinburgh_officer, R"({"reason": "Duplicate"})").status == 200);
    CHECK(c.call("GET", path, "").status == 404);
    CHECK(c.call("GET", path, c.edinburgh_officer).status == 200);
}

TEST_CASE("tender lists are paginated and filtered by status") {
    Commissioning c;
    for (int i = 0; i < 3; ++i) c.draft("EDI-" + std::to_string(i));
    const auto page = c.call("GET", "/api/v1/tenders?limit=2&offset=0", c.edinburgh_officer).json().as_object();
    CHECK(page.at("items").as_array().size() == 2);
    CHECK(page.at("total").as_int64() == 3);
    const auto rest = c.call("GET", "/api/v1/tenders?limit=2&offset=2", c.edinburgh_officer).json().as_object();
    CHECK(rest.at("items").as_array().size() == 1);
    CHECK(c.call("GET", "/api/v1/tenders?status=draft", c.edinburgh_officer).json().at("total").as_int64() == 3);
    CHECK(c.call("GET", "/api/v1/tenders?status=awarded", c.edinburgh_officer).json().at("total").as_int64() == 0);

    const auto bad = c.call("GET", "/api/v1/tenders?status=open", c.edinburgh_officer);
    CHECK(bad.status == 400);
    CHECK(bad.json().at("errors").at(0).at("parameter").as_string() == "status");
    CHECK(c.call("GET", "/api/v1/tenders?limit=0", c.edinburgh_officer).status == 400);
    CHECK(c.call("GET", "/api/v1/tenders?sort=title", c.edinburgh_officer).status == 400);
}

TEST_CASE("each tender in a list names its lots, and a provider's interest in them") {
    Commissioning c;
    const auto pin = c.published_pin("EDI-PIN");
    REQUIRE(c.call("POST", pin + "/lots", c.edinburgh_officer, lot_body(2)).status == 201);
    c.published_pin("EDI-OTHER");
    const auto lot = c.first_lot(pin);
    REQUIRE(c.call("PUT", pin + "/lots/" + lot + "/interest", c.provider).status / 100 == 2);
    const auto find = [](const boost::json::value& page, const std::string& reference) {
        for (const auto& item : page.at("items").as_array())
            if (item.at("reference").as_string() == reference) return item.as_object();
        FAIL("no tender " << reference);
        return boost::json::object{};
    };
    const auto seen = c.call("GET", "/api/v1/tenders", c.provider).json();
    const auto listed = find(seen, "EDI-PIN");
    REQUIRE(listed.at("lots").as_array().size() == 2);
    CHECK(listed.at("lots").at(0).at("locality_or_theme").as_string() == "North West");
    CHECK(listed.at("lots").at(1).at("number").as_int64() == 2);
    CHECK(listed.at("my_interest_lot_ids") == boost::json::array{boost::json::value(lot)});
    CHECK(find(seen, "EDI-OTHER").at("my_interest_lot_ids").as_array().empty());
    // Interest is the provider's own business: others see the lots only.
    const auto anonymous = c.call("GET", "/api/v1/tenders", "").json();
    CHECK_FALSE(find(anonymous, "EDI-PIN").contains("my_interest_lot_ids"));
    CHECK(find(anonymous, "EDI-PIN").at("lots").as_array().size() == 2);
    const auto other = c.another_provider("Health in Mind", "staff@him.example");
    CHECK(find(c.call("GET", "/api/v1/tenders", other).json(), "EDI-PIN").at("my_interest_lot_ids").as_array().empty());
}

TEST_CASE("organisation=mine lists only the caller's own body's tenders") {
    Commissioning c;
    c.published_pin("EDI-PIN");
    c.draft("EDI-DRAFT");
    CHECK(c.call("GET", "/api/v1/tenders", c.glasgow_officer).json().at("total").as_int64() == 1);  // Edinburgh's PIN
    CHECK(c.call("GET", "/api/v1/tenders?organisation=mine", c.glasgow_officer).json().at("total").as_int64() == 0);
    const auto mine = c.call("GET", "/api/v1/tenders?organisation=mine&status=draft", c.edinburgh_officer).json();
    REQUIRE(mine.at("items").as_array().size() == 1);
    CHECK(mine.at("items").at(0).at("reference").as_string() == "EDI-DRAFT");
    CHECK(c.call("GET", "/api/v1/tenders?organisation=mine", c.edinburgh_officer).json().at("total").as_int64() == 2);
    // Only a commissioning body owns tenders; any other value is a bad query.
    CHECK(c.call("GET", "/api/v1/tenders?organisation=mine", c.provider).status == 403);
    CHECK(c.call("GET", "/api/v1/tenders?organisation=mine", "").status == 403);
    const auto bad = c.call("GET", "/api/v1/tenders?organisation=edinburgh", c.edinburgh_officer);
    CHECK(bad.status == 400);
    CHECK(bad.json().at("errors").at(0).at("parameter").as_string() == "organisation");
}

TEST_CASE("optional fields read back as plain values: numbers, date-times, ids") {
    Commissioning c;
    const auto path = c.draft();
    const auto lot_id = std::string{c.call("POST", path + "/lots", c.edinburgh_officer, lot_body(1)).json().at("id").as_string()};
    const auto deadline = at(86400s);
    const auto patched = c.call("PATCH", path, c.edinburgh_officer,
                                R"({"quality_threshold": 60, "timetable": {"stage1_deadline": ")" + deadline + R"("}})",
                                "\"1\"");
    REQUIRE(patched.status == 200);
    CHECK(patched.json().at("quality_threshold").as_int64() == 60);
    CHECK(patched.json().at("timetable").at("stage1_deadline").as_string() == deadline);
    CHECK(patched.json().at("timetable").at("stage2_deadline").is_null());
    const auto gates = c.call("PUT", path + "/gates", c.edinburgh_officer,
                              R"({"gates": [{"kind": "custom", "lot_id": ")" + lot_id +
                                  R"(", "parameters": {"question": "Induction?", "passing_answer": true}}]})",
                              "\"2\"");
    REQUIRE(gates.status == 200);
    CHECK(gates.json().at("gates").at(0).at("lot_id").as_string() == lot_id);
    const auto cleared = c.call("PATCH", path, c.edinburgh_officer, R"({"quality_threshold": null})", "\"3\"");
    CHECK(cleared.json().at("quality_threshold").is_null());
}

TEST_CASE("a lot may have its own criteria, which must add up too") {
    Commissioning c;
    const auto path = c.draft();
    const auto lot = c.call("POST", path + "/lots", c.edinburgh_officer, lot_body(1)).header("location");
    auto version = c.call("PUT", path + "/criteria", c.edinburgh_officer, criteria_body, "\"1\"").header("etag");
    const auto inherited = c.call("GET", lot + "/criteria", c.edinburgh_officer).json();
    CHECK(inherited.at("inherited").as_bool());
    CHECK(inherited.at("criteria").as_array().size() == 2);

    CHECK(c.call("PUT", lot + "/criteria", c.edinburgh_officer, R"({"criteria": [{"title": "Arts", "weight": 90}]})",
                 version).status == 422);
    const auto own = c.call("PUT", lot + "/criteria", c.edinburgh_officer,
                            R"({"criteria": [{"title": "Creative practice", "weight": 100}]})", version);
    REQUIRE(own.status == 200);
    version = own.header("etag");
    const auto read = c.call("GET", lot + "/criteria", c.provider);
    CHECK(read.status == 404);  // still a draft
    CHECK(c.call("GET", lot + "/criteria", c.edinburgh_officer).json().at("criteria").at(0).at("title").as_string() ==
          "Creative practice");

    // Raising the price weight later unbalances the lot's own set: opening stage 1 says so.
    version = c.call("PATCH", path, c.edinburgh_officer, R"({"price_weight": 10})", version).header("etag");
    REQUIRE(c.call("POST", path + "/actions/publish_pin", c.edinburgh_officer).status == 200);
    const auto refused = c.call("POST", path + "/actions/open_stage1", c.edinburgh_officer);
    CHECK(refused.status == 409);
    CHECK(contains(pointers(refused), "/lots/1/criteria"));
    CHECK(contains(pointers(refused), "/criteria"));

    // An empty set returns the lot to the tender's criteria.
    version = c.call("GET", path, c.edinburgh_officer).header("etag");
    const auto reset = c.call("PUT", lot + "/criteria", c.edinburgh_officer, R"({"criteria": []})", version);
    CHECK(reset.json().at("inherited").as_bool());
}

TEST_CASE("every amount is bounded at input, and the largest allowed publishes exactly") {
    Commissioning c;
    const auto path = c.draft();
    auto lot = boost::json::parse(lot_body(1)).as_object();
    for (const auto* huge : {"9223372036854775807", "18446744073709551615", "1000000000001"}) {
        CAPTURE(huge);
        lot["annual_value_pence"] = boost::json::parse(huge);
        const auto refused = c.call("POST", path + "/lots", c.edinburgh_officer, boost::json::serialize(lot));
        CHECK(refused.status == 422);
        CHECK(contains(pointers(refused), "/annual_value_pence"));
    }
    const auto etag = [&] { return c.call("GET", path, c.edinburgh_officer).header("etag"); };
    CHECK(c.call("PATCH", path, c.edinburgh_officer, R"({"estimated_value_pence": 9223372036854775807})", etag()).status ==
          422);
    lot["annual_value_pence"] = 1'000'000'000'000;
    lot["term_months"] = 240;
    REQUIRE(c.call("POST", path + "/lots", c.edinburgh_officer, boost::json::serialize(lot)).status == 201);
    REQUIRE(c.call("PATCH", path, c.edinburgh_officer, R"({"extension_months": 240})", etag()).status == 200);
    REQUIRE(c.call("POST", path + "/actions/publish_pin", c.edinburgh_officer).status == 200);
    const auto ocds = c.call("GET", path + "/ocds", "").json();
    // £10bn a year over 480 months: £400bn, not a wrapped-around negative figure.
    CHECK(ocds.at("releases").at(0).at("tender").at("lots").at(0).at("value").at("amount").to_number<double>() ==
          400'000'000'000.0);
}
