// Clarification questions over HTTP: private until published, anonymised when
// published, refused after the cut-off, and the only way to correct a lot once
// stage 1 has opened.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include "tests/support/commissioning.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

std::string ask(const Commissioning& c, const std::string& tender, const std::string& token, const std::string& text) {
    const auto asked = c.call("POST", tender + "/clarifications", token,
                              boost::json::serialize(boost::json::object{{"question", text}}));
    REQUIRE_MESSAGE(asked.status == 201, asked.body);
    return asked.header("location");
}

}  // namespace

TEST_CASE("a question is private to the asker and the owning body until published") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto other = c.another_provider("Canongate Youth", "staff@canongate.example");
    const auto question = ask(c, tender, c.provider, "Pilton staff ask: can two charities share the lead role?");
    CHECK(c.call("POST", tender + "/clarifications", c.edinburgh_officer, R"({"question": "x"})").status == 403);
    CHECK(c.call("POST", tender + "/clarifications", c.provider, R"({"question": " "})").status == 422);

    const auto list = [&](const std::string& token) {
        return c.call("GET", tender + "/clarifications", token).json().at("items").as_array();
    };
    CHECK(list(c.provider).size() == 1);
    CHECK(list(other).empty());
    CHECK(list("").empty());
    const auto seen_by_owner = list(c.edinburgh_officer);
    REQUIRE(seen_by_owner.size() == 1);
    CHECK(seen_by_owner[0].at("asked_by_organisation_id").as_string() == c.provider_organisation);

    // A private answer reaches only the asker.
    CHECK(c.call("POST", question + "/answer", c.glasgow_officer, R"({"answer": "No"})").status == 403);
    CHECK(c.call("POST", question + "/answer", c.provider, R"({"answer": "No"})").status == 403);
    REQUIRE(c.call("POST", question + "/answer", c.edinburgh_officer,
                   R"({"answer": "Yes, if one partner is accountable as lead."})").status == 200);
    CHECK(list(c.provider)[0].at("answer").as_string() == "Yes, if one partner is accountable as lead.");
    CHECK(list(other).empty());
    CHECK(c.call("POST", question + "/answer", c.edinburgh_officer, R"({"answer": "Again"})").status == 409);

    // Published, anonymised: everyone sees the reworded question and the answer, nobody the asker.
    const auto published = c.call("POST", question + "/publish", c.edinburgh_officer,
                                  R"({"published_question": "Can two charities share the lead role?"})");
    REQUIRE(published.status == 200);
    for (const auto& token : {other, std::string{}}) {
        const auto items = list(token);
        REQUIRE(items.size() == 1);
        CHECK(items[0].at("question").as_string() == "Can two charities share the lead role?");
        CHECK(items[0].at("answer").as_string() == "Yes, if one partner is accountable as lead.");
        CHECK_FALSE(items[0].as_object().contains("asked_by_organisation_id"));
        CHECK(items[0].as_object().at("question").as_string().find("Pilton") == std::string::npos);
    }
    CHECK(c.call("POST", question + "/publish", c.edinburgh_officer).status == 409);
}

TEST_CASE("answering and publishing at once, and publishing needs an answer first") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto first = ask(c, tender, c.provider, "Is TUPE expected to apply?");
    CHECK(c.call("POST", first + "/publish", c.edinburgh_officer).status == 409);
    CHECK(c.call("POST", first + "/answer", c.edinburgh_officer,
                 R"({"answer": "Yes", "published_question": "Is TUPE expected?"})").status == 422);
    const auto answered = c.call("POST", first + "/answer", c.edinburgh_officer,
                                 R"({"answer": "Yes, for the current team.", "publish": true})");
    REQUIRE(answered.status == 200);
    CHECK(answered.json().at("published").as_bool());
    CHECK(answered.json().at("published_question").as_string() == "Is TUPE expected to apply?");
}

TEST_CASE("questions after the cut-off are refused") {
    Commissioning c;
    const auto tender = c.published_pin();
    c.open_stage1(tender, 1h, 2h);
    ask(c, tender, c.provider, "Before the cut-off");
    c.server->pass_time(1h + 1s);  // past the cut-off, an hour before the deadline
    const auto late = c.call("POST", tender + "/clarifications", c.provider, R"({"question": "After the cut-off"})");
    CHECK(late.status == 409);
    CHECK(late.json().at("type").as_string() == "urn:collabtender:problem:clarifications-closed");
    CHECK(c.db.scalar("SELECT count(*) FROM clarification") == "1");
}

TEST_CASE("after stage 1 opens a lot is corrected only through a published clarification") {
    Commissioning c;
    const auto tender = c.published_pin();
    c.open_stage1(tender, 3600s, 7200s);
    const auto lot = c.call("GET", tender + "/lots", c.provider).json().at("items").at(0);
    const std::string lot_id{lot.at("id").as_string()};
    CHECK(c.call("PATCH", tender + "/lots/" + lot_id, c.edinburgh_officer, R"({"term_months": 48})", "\"1\"").status ==
          409);

    const auto question = ask(c, tender, c.provider, "Lot 1 says 60 months but the PIN said 48. Which is right?");
    const auto bad = c.call("POST", question + "/answer", c.edinburgh_officer,
                            R"({"answer": "48", "publish": true, "lot_correction": {"lot_id": ")" + lot_id +
                                R"(", "changes": {"term_months": 0}}})");
    CHECK(bad.status == 422);
    CHECK(contains(pointers(bad), "/lot_correction/changes/term_months"));
    CHECK(c.call("GET", tender + "/lots/" + lot_id, c.provider).json().at("term_months").as_int64() == 60);

    const auto corrected = c.call("POST", question + "/answer", c.edinburgh_officer,
                                  R"({"answer": "48 months; lot 1 is corrected.", "publish": true,
                                      "lot_correction": {"lot_id": ")" + lot_id + R"(", "changes": {"term_months": 48}}})");
    REQUIRE_MESSAGE(corrected.status == 200, corrected.body);
    CHECK(corrected.json().at("lot_correction").at("changes").at("term_months").as_int64() == 48);
    CHECK(c.call("GET", tender + "/lots/" + lot_id, c.provider).json().at("term_months").as_int64() == 48);
    const auto everyone = c.call("GET", tender + "/clarifications", "").json().at("items").at(0);
    CHECK(everyone.at("lot_correction").at("lot_id").as_string() == lot_id);
}

TEST_CASE("no questions on drafts or cancelled tenders") {
    Commissioning c;
    const auto draft = c.draft();
    CHECK(c.call("POST", draft + "/clarifications", c.provider, R"({"question": "x"})").status == 404);
    const auto tender = c.published_pin("EDI-CANCEL");
    REQUIRE(c.call("POST", tender + "/actions/cancel", c.edinburgh_officer, R"({"reason": "Withdrawn"})").status == 200);
    CHECK(c.call("POST", tender + "/clarifications", c.provider, R"({"question": "x"})").status == 409);
}
