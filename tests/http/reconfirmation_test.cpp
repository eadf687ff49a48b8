// Bids sent before the tender changed over HTTP: a published lot correction, or an
// answer that changes the tender documents, puts every submitted bid of the lot into
// `reconfirmation_required`; the lead reconfirms or the partnership resends before
// the deadline, or the bid is not evaluated and the ranking says why.
#include <doctest/doctest.h>

#include <map>

#include <boost/json.hpp>

#include "tests/support/commissioning.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

struct Changes {
    Commissioning c;
    std::string tender, lot, cyrenians, rival;

    Changes() {
        tender = c.published_pin();
        lot = c.first_lot(tender);
        cyrenians = c.another_provider("Cyrenians", "staff@cyrenians.example");
        rival = c.another_provider("Health in Mind", "staff@him.example");
        c.open_stage1(tender, 3600s, 3 * 24h);
    }

    HttpResponse submit(const std::string& bid, const std::string& token, const std::string& key) const {
        c.sign_off(bid, {token});
        return send(c.port(), {"POST", bid + "/submissions", declaration_body, "application/json", token, {{"Idempotency-Key", key}}});
    }

    std::string bid(const std::string& token, const std::string& name) const {
        return c.submitted_bid(tender, lot, token, name);
    }

    // A provider's question; returns its id.
    std::string ask(const std::string& question) const {
        const auto asked = c.call("POST", tender + "/clarifications", c.provider, R"({"question": ")" + question + R"("})");
        REQUIRE_MESSAGE(asked.status == 201, asked.body);
        return std::string{asked.json().at("id").as_string()};
    }

    // The question answered and published with `publication`'s fields.
    HttpResponse answer(const std::string& id, const std::string& publication) const {
        return c.call("POST", tender + "/clarifications/" + id + "/answer", c.edinburgh_officer,
                      R"({"answer": "Yes.", "publish": true, )" + publication + "}");
    }

    HttpResponse publish(const std::string& question, const std::string& publication) const {
        return answer(ask(question), publication);
    }

    std::string correction(int annual_value_pence) const {
        return R"("lot_correction": {"lot_id": ")" + lot + R"(", "changes": {"annual_value_pence": )" +
               std::to_string(annual_value_pence) + "}}";
    }

    std::string status(const std::string& bid, const std::string& token) const {
        return std::string{c.call("GET", bid, token).json().at("status").as_string()};
    }

    void pass_deadline(int stage) const {
        c.db.exec("UPDATE tender SET stage" + std::to_string(stage) + "_deadline = now() - interval '1 second'");
    }
};

}  // namespace

namespace {

// The bid at `path` as the caller's "your work" home (GET /me/consortia) lists it.
boost::json::object home_bid(Commissioning& c, const std::string& token, const std::string& path) {
    const auto id = path.substr(path.rfind('/') + 1);
    const auto home = c.call("GET", "/api/v1/me/consortia", token).json();
    for (const auto& consortium : home.at("items").as_array())
        for (const auto& bid : consortium.at("bids").as_array())
            if (bid.at("id").as_string() == id) return bid.as_object();
    FAIL("bid " << id << " is not on the home page");
    return {};
}

}  // namespace

TEST_CASE("a lot corrected after bids were sent needs each bid reconfirmed or resent before the deadline") {
    Changes t;
    auto& c = t.c;
    const auto pilton = t.bid(c.provider, "Pilton alone");
    const auto cyrenians = t.bid(t.cyrenians, "Cyrenians");
    const auto rival = t.bid(t.rival, "Health in Mind");
    CHECK(t.status(pilton, c.provider) == "submitted");

    const auto published = t.publish("Is the budget final?", t.correction(95'000'000));
    REQUIRE_MESSAGE(published.status == 200, published.body);
    CHECK(published.json().at("reconfirmations_required").as_int64() == 3);
    const auto bid = c.call("GET", pilton, c.provider).json();
    CHECK(bid.at("status").as_string() == "reconfirmation_required");
    REQUIRE(bid.at("reconfirmations").as_array().size() == 1);
    CHECK(bid.at("reconfirmations").at(0).at("stage").as_int64() == 1);
    CHECK(bid.at("reconfirmations").at(0).at("resolution").is_null());
    CHECK(bid.at("reconfirmations").at(0).at("resolved_by").is_null());
    // The partnership's home shows it too, without opening the bid.
    const auto home = home_bid(c, c.provider, pilton);
    CHECK(home.at("status").as_string() == "reconfirmation_required");
    CHECK(home.at("reconfirmations").as_array().size() == 1);
    CHECK(home.at("lot_cancellation").is_null());
    // Every partnership is told, formally: the notice names its lot and the deadline.
    for (const auto& token : {c.provider, t.cyrenians, t.rival}) {
        const auto notices = c.call("GET", "/api/v1/notifications", token).json().at("items").as_array();
        bool told = false;
        for (const auto& n : notices)
            told = told || (n.at("kind").as_string() == "reconfirmation_required" &&
                            n.at("text").as_string().find("Welcome Team 1") != std::string::npos);
        CHECK(told);
    }
    CHECK(c.db.scalar("SELECT count(*) FROM notification WHERE kind = 'reconfirmation_required' "
                      "AND email_state = 'none'") == "0");

    // Only the bid's own lead reconfirms.
    CHECK(c.call("POST", pilton + "/reconfirmation", t.rival).status == 404);
    CHECK(c.call("POST", pilton + "/reconfirmation", c.panellist).status == 403);
    CHECK(c.call("POST", pilton + "/reconfirmation", c.edinburgh_officer).status == 403);
    const auto confirmed = c.call("POST", pilton + "/reconfirmation", c.provider);
    REQUIRE_MESSAGE(confirmed.status == 201, confirmed.body);
    CHECK(confirmed.json().at("submission").at("version").as_int64() == 1);  // the bid itself is unchanged
    const auto again = c.call("POST", pilton + "/reconfirmation", c.provider);
    CHECK(again.status == 200);
    CHECK(again.json().at("confirmed_at") == confirmed.json().at("confirmed_at"));
    CHECK(t.status(pilton, c.provider) == "submitted");
    CHECK(home_bid(c, c.provider, pilton).at("status").as_string() == "submitted");
    // Partners can see which colleague of the lead confirmed.
    const auto resolved_by = c.call("GET", pilton, c.provider).json().at("reconfirmations").at(0).at("resolved_by");
    CHECK(resolved_by.at("id") == confirmed.json().at("confirmed_by"));
    CHECK(!resolved_by.at("display_name").as_string().empty());
    CHECK(c.db.scalar("SELECT count(*) FROM notification WHERE kind = 'bid_reconfirmed'") == "1");
    CHECK(c.db.scalar("SELECT count(*) FROM audit_event WHERE event LIKE '%bid.reconfirm%'") == "1");

    // Sending the bid again answers the change too.
    REQUIRE(c.call("PATCH", cyrenians, t.cyrenians, draft_with_rate(1500), "\"2\"").status == 200);
    REQUIRE(t.submit(cyrenians, t.cyrenians, "after-correction").status == 201);
    CHECK(t.status(cyrenians, t.cyrenians) == "submitted");
    CHECK(c.call("GET", cyrenians, t.cyrenians).json().at("reconfirmations").at(0).at("resolution").as_string() ==
          "resubmitted");
    CHECK(c.call("POST", cyrenians + "/reconfirmation", t.cyrenians).status == 409);  // nothing left to reconfirm

    // The rival lets the deadline pass: too late, and its bid is not evaluated.
    t.pass_deadline(1);
    const auto late = c.call("POST", rival + "/reconfirmation", t.rival);
    CHECK(late.status == 409);
    CHECK(late.json().at("type").as_string() == "urn:collabtender:problem:deadline-passed");
    CHECK(t.status(rival, t.rival) == "reconfirmation_required");
    REQUIRE(c.call("POST", t.tender + "/actions/close_stage1", c.edinburgh_officer).status == 200);
    const auto opened = c.call("GET", t.tender + "/submissions?stage=1", c.edinburgh_officer).json().at("items").as_array();
    CHECK(opened.size() == 2);
    for (const auto& s : opened) CHECK(s.at("bid_id").as_string() != id_of(rival));
    CHECK(c.call("GET", rival + "/evaluation", c.edinburgh_officer).status == 404);
    c.score_bids(t.tender, {pilton, cyrenians});
    REQUIRE(c.call("POST", t.tender + "/actions/release_feedback", c.edinburgh_officer).status == 200);
    CHECK(t.submit(rival, t.rival, "revised").status == 409);

    // Stage 2: an answer that changes the tender documents reaches both revised bids.
    REQUIRE(t.submit(pilton, c.provider, "revised").status == 201);
    REQUIRE(t.submit(cyrenians, t.cyrenians, "revised").status == 201);
    const auto documents = t.publish("Does the service specification still apply?", R"("changes_tender_documents": true)");
    REQUIRE_MESSAGE(documents.status == 200, documents.body);
    CHECK(documents.json().at("changes_tender_documents").as_bool());
    CHECK(documents.json().at("reconfirmations_required").as_int64() == 2);
    REQUIRE(c.call("POST", pilton + "/reconfirmation", c.provider).status == 201);
    const auto unanswered = t.ask("Can the lot start later?");
    t.pass_deadline(2);

    // After the deadline a change to submitted bids is refused, and nothing of it is kept.
    const auto too_late = t.answer(unanswered, t.correction(99'000'000));
    CHECK(too_late.status == 409);
    CHECK(too_late.json().at("type").as_string() == "urn:collabtender:problem:reconfirmation-too-late");
    CHECK(c.call("GET", t.tender + "/lots/" + t.lot, c.provider).json().at("annual_value_pence").as_int64() == 95'000'000);
    CHECK(c.db.scalar("SELECT count(*) FROM clarification WHERE answer IS NOT NULL") == "2");

    REQUIRE(c.call("POST", t.tender + "/actions/close_stage2", c.edinburgh_officer).status == 200);
    c.score_bids(t.tender, {pilton});
    const auto ranking = c.call("GET", "/api/v1/lots/" + t.lot + "/ranking", c.edinburgh_officer);
    REQUIRE_MESSAGE(ranking.status == 200, ranking.body);
    const auto ranked = ranking.json();
    REQUIRE(ranked.at("ranked").as_array().size() == 1);
    CHECK(ranked.at("ranked").at(0).at("bid_id").as_string() == id_of(pilton));
    std::map<std::string, std::string> why;
    for (const auto& o : ranked.at("out").as_array())
        why[std::string{o.at("bid_id").as_string()}] = std::string{o.at("reasons").at(0).as_string()};
    REQUIRE(why.size() == 2);
    CHECK(why[id_of(rival)].find("did not reconfirm or resend it") != std::string::npos);
    CHECK(why[id_of(rival)].find("stage-1 deadline") != std::string::npos);
    CHECK(why[id_of(cyrenians)].find("stage-2 deadline") != std::string::npos);
    for (const auto& o : ranked.at("out").as_array()) {
        const auto& detail = o.at("reason_details").at(0);
        CHECK(detail.at("code").as_string() == "not_reconfirmed");
        CHECK(detail.at("stage").as_int64() == (o.at("bid_id").as_string() == id_of(rival) ? 1 : 2));
        CHECK(detail.at("changed_at").is_string());
    }
}

TEST_CASE("before publishing, the commissioner sees how many bids a change would need reconfirmed") {
    Changes t;
    auto& c = t.c;
    t.bid(c.provider, "Pilton alone");
    t.bid(t.cyrenians, "Cyrenians");
    const auto question = t.ask("Is the budget final?");
    const auto preview = t.tender + "/clarifications/" + question + "/reconfirmation-preview";

    // An answer that changes nothing reaches no bid.
    const auto nothing = c.call("GET", preview, c.edinburgh_officer);
    REQUIRE_MESSAGE(nothing.status == 200, nothing.body);
    CHECK(nothing.json().at("bids").as_int64() == 0);
    CHECK(nothing.json().at("stage").as_int64() == 1);
    CHECK(nothing.json().at("lots").as_array().empty());
    CHECK(nothing.json().at("refusal").is_null());

    // Changing the documents of a question about the whole tender reaches every lot
    // (this tender has one); correcting the lot reaches its bids.
    const auto documents = c.call("GET", preview + "?changes_tender_documents=true", c.edinburgh_officer).json();
    CHECK(documents.at("bids").as_int64() == 2);
    REQUIRE(documents.at("lots").as_array().size() == 1);
    CHECK(documents.at("lots").at(0).at("lot_id").as_string() == id_of(t.lot));
    CHECK(documents.at("lots").at(0).at("bids").as_int64() == 2);
    const auto corrected = c.call("GET", preview + "?lot_correction_lot_id=" + id_of(t.lot), c.edinburgh_officer).json();
    CHECK(corrected.at("bids").as_int64() == 2);
    REQUIRE(corrected.at("lots").as_array().size() == 1);
    CHECK(corrected.at("lots").at(0).at("number").as_int64() == 1);

    // Bad parameters name themselves; only the tender's commissioners may ask.
    const auto unknown = c.call("GET", preview + "?lot_correction_lot_id=" + id_of(t.tender), c.edinburgh_officer);
    CHECK(unknown.status == 400);
    CHECK(unknown.json().at("errors").at(0).at("parameter").as_string() == "lot_correction_lot_id");
    CHECK(c.call("GET", preview + "?changes_tender_documents=yes", c.edinburgh_officer).status == 400);
    CHECK(c.call("GET", preview + "?colour=red", c.edinburgh_officer).status == 400);
    CHECK(c.call("GET", preview, c.glasgow_officer).status == 403);
    CHECK(c.call("GET", preview, c.provider).status == 403);
    CHECK(c.call("GET", t.tender + "/clarifications/" + id_of(t.tender) + "/reconfirmation-preview", c.edinburgh_officer)
              .status == 404);

    // After the deadline: publishing would be refused, and the preview says so first.
    t.pass_deadline(1);
    const auto late = c.call("GET", preview + "?changes_tender_documents=true", c.edinburgh_officer).json();
    CHECK(late.at("bids").as_int64() == 2);
    CHECK(late.at("refusal").at("code").as_string() == "reconfirmation-too-late");
    CHECK(t.answer(question, R"("changes_tender_documents": true)").status == 409);
    CHECK(c.db.scalar("SELECT count(*) FROM bid_reconfirmation") == "0");  // the preview wrote nothing

    // Once published, there is nothing left to preview.
    REQUIRE(t.answer(question, R"("changes_tender_documents": false)").status == 200);
    CHECK(c.call("GET", preview, c.edinburgh_officer).status == 409);
}

TEST_CASE("a withdrawn bid has nothing to reconfirm, and a clarification without a change touches no bid") {
    Changes t;
    auto& c = t.c;
    const auto pilton = t.bid(c.provider, "Pilton alone");
    const auto plain = t.publish("When is the information session?", R"("published_question": "When is the session?")");
    REQUIRE_MESSAGE(plain.status == 200, plain.body);
    CHECK(plain.json().at("reconfirmations_required").as_int64() == 0);
    CHECK(t.status(pilton, c.provider) == "submitted");

    REQUIRE(t.publish("Is the budget final?", t.correction(95'000'000)).status == 200);
    REQUIRE(c.call("POST", pilton + "/withdrawal", c.provider).status == 200);
    CHECK(t.status(pilton, c.provider) == "withdrawn");
    CHECK(c.call("GET", pilton, c.provider).json().at("reconfirmations").at(0).at("resolution").as_string() ==
          "withdrawn");
    CHECK(c.call("POST", pilton + "/reconfirmation", c.provider).status == 409);
}
