// The collaborative workspace over HTTP: sections with owners and approvers,
// review status, per-section saves that let partners write at once, history
// with restore, and who may do what.
#include <doctest/doctest.h>

#include <future>
#include <map>

#include <boost/json.hpp>

#include "tests/support/accounts.hpp"
#include "tests/support/commissioning.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

struct Workspace {
    Commissioning c;
    std::string tender, lot, consortium, bid, partner, partner_org, partner_user, lead_user;

    // With `required`, the tender requires that document with every bid.
    explicit Workspace(const std::string& required = {}) {
        tender = c.published_pin();
        lot = std::string{c.call("GET", tender + "/lots", c.provider).json().at("items").at(0).at("id").as_string()};
        if (!required.empty())
            REQUIRE(c.call("PUT", tender + "/required-documents", c.edinburgh_officer,
                           R"({"documents": [{"title": ")" + required + R"(", "guidance": "Current and signed."}]})",
                           c.call("GET", tender, c.edinburgh_officer).header("etag"))
                        .status == 200);
        c.open_stage1(tender, 1800s, 3600s);
        consortium = c.call("POST", tender + "/consortia", c.provider, R"({"name": "North West Together"})").header("location");
        partner = c.another_provider("Canongate Youth", "staff@canongate.example");
        const auto me = c.call("GET", "/api/v1/me", partner).json();
        partner_org = std::string{me.at("organisation").at("id").as_string()};
        partner_user = std::string{me.at("id").as_string()};
        lead_user = std::string{c.call("GET", "/api/v1/me", c.provider).json().at("id").as_string()};
        REQUIRE(c.call("PATCH", consortium + "/members/" + c.provider_organisation, c.provider, R"({"share_bp": 6000})").status ==
                200);
        REQUIRE(c.call("POST", consortium + "/members", c.provider,
                       R"({"organisation_id": ")" + partner_org + R"(", "role": "partner", "share_bp": 4000})").status == 201);
        REQUIRE(c.call("POST", consortium + "/invitation/accept", partner).status == 200);
        bid = c.call("POST", consortium + "/bids", c.provider, R"({"lot_id": ")" + lot + R"("})").header("location");
    }

    HttpResponse save(const std::string& token, const std::string& section, const std::string& content,
                      const std::string& version) const {
        return c.call("PUT", bid + "/sections/" + section + "/content", token, R"({"content": )" + content + "}",
                      "\"" + version + "\"");
    }
    HttpResponse upload(const std::string& token, const std::string& query, const std::string& content) const {
        return send(c.port(), {"POST", bid + "/documents?filename=policy.txt&" + query, content, "text/plain", token, {}});
    }
    HttpResponse move(const std::string& token, const std::string& section, const std::string& body) const {
        return c.call("POST", bid + "/sections/" + section + "/status", token, body);
    }
};

}  // namespace

TEST_CASE("the lead assigns sections, and only owners and the lead edit them") {
    Workspace w;
    auto& c = w.c;
    const auto listed = c.call("GET", w.bid + "/sections", w.partner);
    REQUIRE_MESSAGE(listed.status == 200, listed.body);
    const auto sections = listed.json();
    CHECK(sections.at("items").as_array().size() == 5);  // two criteria, three gates
    CHECK(sections.at("items").at(0).at("status").as_string() == "not_started");
    CHECK(sections.at("items").at(0).at("word_limit").as_int64() == 1000);
    CHECK_FALSE(sections.at("blocking").as_array().empty());

    const auto assignment = R"({"owner_organisation_id": ")" + w.partner_org + R"(", "owner_user_id": ")" + w.partner_user +
                            R"(", "approver_user_id": ")" + w.lead_user + R"(", "due_date": "2020-01-31"})";
    CHECK(c.call("PUT", w.bid + "/sections/response-0/assignment", w.partner, assignment).status == 403);
    const auto assigned = c.call("PUT", w.bid + "/sections/response-0/assignment", c.provider, assignment);
    REQUIRE_MESSAGE(assigned.status == 200, assigned.body);
    CHECK(assigned.json().at("overdue").as_bool());
    CHECK(c.call("PUT", w.bid + "/sections/response-9/assignment", c.provider, assignment).status == 404);
    CHECK(contains(pointers(c.call("PUT", w.bid + "/sections/response-1/assignment", c.provider,
                                   R"({"owner_organisation_id": ")" + w.partner_org + R"(", "owner_user_id": ")" +
                                       w.lead_user + R"("})")),
                   "/owner_user_id"));  // the lead's user is not the partner's
    REQUIRE(c.call("PUT", w.bid + "/sections/response-1/assignment", c.provider,
                   R"({"owner_organisation_id": ")" + c.provider_organisation + R"("})").status == 200);

    // The partner writes its own section; the lead's is read-only to it, in either way of saving.
    REQUIRE(w.save(w.partner, "response-0", R"("We listen first.")", "0").status == 200);
    const auto refused = w.save(w.partner, "response-1", R"("Not mine")", "0");
    CHECK(refused.status == 403);
    CHECK(refused.json().at("type").as_string() == "urn:collabtender:problem:not-section-owner");
    const auto version = c.call("GET", w.bid, w.partner).header("etag");
    CHECK(c.call("PATCH", w.bid, w.partner, R"({"responses": {"1": "Not mine"}})", version).status == 403);
    CHECK(c.call("PATCH", w.bid, c.provider, R"({"responses": {"0": "The lead edits any section."}})", version).status == 200);
    CHECK(w.save(w.partner, "response-0", R"(7)", "2").status == 422);  // a response is text

    // One section reads with its content and, as ETag, the version its next save needs.
    const auto one = c.call("GET", w.bid + "/sections/response-0", w.partner);
    REQUIRE_MESSAGE(one.status == 200, one.body);
    CHECK(one.json().at("content").as_string() == "The lead edits any section.");
    CHECK(one.json().at("owner_user_id").as_string() == w.partner_user);
    CHECK(one.header("etag") == "\"2\"");
    CHECK(w.save(w.partner, "response-0", R"("We listen, then act.")", "2").status == 200);
    CHECK(c.call("GET", w.bid + "/sections/declaration-0", w.partner).json().at("content").is_null());
    CHECK(c.call("GET", w.bid + "/sections/response-9", w.partner).status == 404);

    // Outsiders find nothing.
    const auto rival = c.another_provider("Health in Mind", "staff@him.example");
    CHECK(c.call("GET", w.bid + "/sections", rival).status == 404);
    CHECK(c.call("GET", w.bid + "/sections/response-0", rival).status == 404);
    CHECK(c.call("GET", w.bid + "/sections/response-0/history", rival).status == 404);
}

TEST_CASE("sections go through review, and an edit after approval reopens them") {
    Workspace w;
    auto& c = w.c;
    REQUIRE(c.call("PUT", w.bid + "/sections/response-0/assignment", c.provider,
                   R"({"owner_organisation_id": ")" + w.partner_org + R"(", "approver_user_id": ")" + w.lead_user + R"("})")
                .status == 200);
    CHECK(w.move(w.partner, "response-0", R"({"status": "ready_for_review"})").status == 409);  // nothing written yet
    REQUIRE(w.save(w.partner, "response-0", R"("First try")", "0").status == 200);
    REQUIRE(w.move(w.partner, "response-0", R"({"status": "ready_for_review"})").status == 200);
    CHECK(w.move(w.partner, "response-0", R"({"status": "approved"})").status == 409);  // not the approver
    CHECK(w.move(c.provider, "response-0", R"({"status": "changes_requested"})").status == 422);  // needs a reason
    const auto changes = w.move(c.provider, "response-0", R"({"status": "changes_requested", "reason": "Add local figures"})");
    REQUIRE(changes.status == 200);
    CHECK(changes.json().at("changes_reason").as_string() == "Add local figures");
    REQUIRE(w.save(w.partner, "response-0", R"("With local figures")", "1").status == 200);
    REQUIRE(w.move(w.partner, "response-0", R"({"status": "ready_for_review"})").status == 200);
    REQUIRE(w.move(c.provider, "response-0", R"({"status": "approved"})").status == 200);
    const auto reopened = w.save(w.partner, "response-0", R"("A late tweak")", "2");
    REQUIRE(reopened.status == 200);
    CHECK(reopened.json().at("status").as_string() == "in_progress");
}

TEST_CASE("history keeps every save, a restore is a new version, and partners write different sections at once") {
    Workspace w;
    auto& c = w.c;
    REQUIRE(w.save(c.provider, "response-0", R"("Version one")", "0").status == 200);
    REQUIRE(w.save(c.provider, "response-0", R"("Version two")", "1").status == 200);
    CHECK(w.save(w.partner, "response-0", R"("Stale")", "1").status == 412);  // same section: the ETag decides

    const auto history = c.call("GET", w.bid + "/sections/response-0/history", w.partner).json();
    REQUIRE(history.at("items").as_array().size() == 2);
    CHECK(history.at("items").at(0).at("content").as_string() == "Version two");
    const auto draft_version = c.call("GET", w.bid, c.provider).header("etag");
    CHECK(c.call("POST", w.bid + "/sections/response-0/history/1/restore", c.provider, "", "\"1\"").status == 412);
    const auto restored = c.call("POST", w.bid + "/sections/response-0/history/1/restore", c.provider, "", draft_version);
    REQUIRE_MESSAGE(restored.status == 200, restored.body);
    CHECK(restored.json().at("draft").at("responses").at("0").as_string() == "Version one");
    const auto diff = c.call("GET", w.bid + "/sections/response-0/diff?from=1&to=2", w.partner);
    REQUIRE_MESSAGE(diff.status == 200, diff.body);
    const auto runs = diff.json().at("runs");
    REQUIRE(runs.as_array().size() == 3);
    CHECK(runs.at(1).at("kind").as_string() == "removed");
    CHECK(runs.at(1).at("text").as_string() == "one");
    CHECK(runs.at(2).at("text").as_string() == "two");
    CHECK(c.call("GET", w.bid + "/sections/response-0/diff?from=1&to=9", w.partner).status == 404);
    CHECK(c.call("GET", w.bid + "/sections/response-0/diff?from=1", w.partner).status == 422);
    const auto after = c.call("GET", w.bid + "/sections/response-0/history", w.partner).json();
    REQUIRE(after.at("items").as_array().size() == 3);
    CHECK(after.at("items").at(0).at("restored_from").as_int64() == 1);

    // Two partners saving different sections at the same moment both succeed.
    auto lead = std::async(std::launch::async, [&] { return w.save(c.provider, "response-1", R"("Lead's part")", "0"); });
    auto partner = std::async(std::launch::async, [&] {
        return w.save(w.partner, "declaration-2", R"({"any_ground_applies": false})", "0");
    });
    CHECK(lead.get().status == 200);
    CHECK(partner.get().status == 200);
    const auto draft = c.call("GET", w.bid, c.provider).json().at("draft");
    CHECK(draft.at("responses").at("1").as_string() == "Lead's part");
    CHECK(draft.at("declarations").at("2").at("any_ground_applies").as_bool() == false);
}

TEST_CASE("every member signs off the exact draft before submission, and a change voids the sign-offs") {
    Workspace w;
    auto& c = w.c;
    REQUIRE(c.call("PATCH", w.bid, c.provider, draft_with_rate(1400), "\"1\"").status == 200);
    const auto mou = send(c.port(), {"PUT", w.consortium + "/mou?filename=mou.txt", "We share the work 60:40.", "text/plain",
                                     c.provider, {}});
    REQUIRE(mou.status == 200);
    const std::string mou_digest{mou.json().at("mou").at("sha256").as_string()};
    for (const auto& token : {c.provider, w.partner})
        REQUIRE(c.call("POST", w.consortium + "/mou/acknowledgement", token, R"({"sha256": ")" + mou_digest + R"("})").status ==
                200);
    const auto submit = [&](const std::string& key) {
        return send(c.port(), {"POST", w.bid + "/submissions", declaration_body, "application/json", c.provider, {{"Idempotency-Key", key}}});
    };
    const auto unsigned_bid = submit("1");
    CHECK(unsigned_bid.status == 422);
    CHECK(contains(pointers(unsigned_bid), "/sign_offs/" + c.provider_organisation));
    CHECK(contains(pointers(unsigned_bid), "/sign_offs/" + w.partner_org));

    const auto digest = std::string{c.call("GET", w.bid + "/sign-offs", w.partner).json().at("draft_sha256").as_string()};
    // Only an authorised signatory signs for an organisation.
    const auto clerk = run_collabtender({"admin", "create-user", "--email", "clerk@canongate.example", "--role", "provider",
                                         "--organisation", w.partner_org, "--database-url", c.db.url()},
                                        std::string{test_password} + "\n");
    REQUIRE_MESSAGE(clerk.exit_code == 0, clerk.output);
    const auto refused = c.call("POST", w.bid + "/sign-offs", login(c.port(), "clerk@canongate.example", test_password),
                                R"({"draft_sha256": ")" + digest + R"("})");
    CHECK(refused.status == 403);
    CHECK(refused.json().at("type").as_string() == "urn:collabtender:problem:not-authorised-signatory");
    REQUIRE(c.call("POST", w.bid + "/sign-offs", w.partner, R"({"draft_sha256": ")" + digest + R"("})").status == 200);
    const auto signed_now = c.call("GET", w.bid + "/sign-offs", c.provider).json();
    for (const auto& item : signed_now.at("items").as_array())
        if (item.at("organisation_id").as_string() == w.partner_org)
            CHECK(item.at("signed_by_user_id").as_string() == w.partner_user);
    const auto one = submit("2");
    CHECK(contains(pointers(one), "/sign_offs/" + c.provider_organisation));
    CHECK_FALSE(contains(pointers(one), "/sign_offs/" + w.partner_org));
    // The workspace lists the same: what blocks submission, missing sign-offs included.
    std::vector<std::string> blocking;
    const auto listed = c.call("GET", w.bid + "/sections", c.provider).json();
    for (const auto& b : listed.at("blocking").as_array())
        blocking.push_back(std::string{b.at("pointer").as_string()});
    CHECK(contains(blocking, "/sign_offs/" + c.provider_organisation));
    CHECK_FALSE(contains(blocking, "/sign_offs/" + w.partner_org));

    // A change voids the partner's sign-off; signing the old digest is refused.
    REQUIRE(c.call("PATCH", w.bid, c.provider, R"({"responses": {"0": "A late change by the lead."}})", "\"2\"").status == 200);
    const auto after = c.call("GET", w.bid + "/sign-offs", c.provider).json();
    for (const auto& item : after.at("items").as_array())
        if (item.at("organisation_id").as_string() == w.partner_org) {
            CHECK_FALSE(item.at("signed").as_bool());
            CHECK(item.at("void").as_bool());
        }
    const auto stale = c.call("POST", w.bid + "/sign-offs", w.partner, R"({"draft_sha256": ")" + digest + R"("})");
    CHECK(stale.json().at("type").as_string() == "urn:collabtender:problem:draft-changed");
    // The partner hears once that its sign-off was voided, however many changes follow.
    REQUIRE(c.call("PATCH", w.bid, c.provider, R"({"responses": {"0": "A later change by the lead."}})", "\"3\"").status == 200);
    CHECK(c.db.scalar("SELECT count(*) FROM notification WHERE kind = 'sign_off_voided' AND recipient_user_id = '" +
                      w.partner_user + "'") == "1");
    // The lead asks everyone who has not signed the draft as it stands; only the lead asks.
    CHECK(c.call("POST", w.bid + "/sign-off-requests", w.partner).status == 403);
    const auto asked = c.call("POST", w.bid + "/sign-off-requests", c.provider);
    REQUIRE_MESSAGE(asked.status == 200, asked.body);
    CHECK(asked.json().at("asked").as_array().size() == 2);
    // Each organisation's signatories hear, but not the lead who asked.
    CHECK(c.db.scalar("SELECT string_agg(recipient_user_id::text, ',') FROM notification WHERE kind = 'sign_off_needed'") ==
          w.partner_user);

    const auto fresh = std::string{c.call("GET", w.bid + "/sign-offs", c.provider).json().at("draft_sha256").as_string()};
    for (const auto& token : {c.provider, w.partner})
        REQUIRE(c.call("POST", w.bid + "/sign-offs", token, R"({"draft_sha256": ")" + fresh + R"("})").status == 200);
    const auto accepted = submit("3");
    CHECK_MESSAGE(accepted.status == 201, accepted.body);

    // The history shows which version of each section went in.
    const auto history = c.call("GET", w.bid + "/sections/response-0/history", w.partner).json().at("items");
    REQUIRE(history.as_array().size() >= 2);
    REQUIRE(history.at(0).at("submitted_in").as_array().size() == 1);
    CHECK(history.at(0).at("submitted_in").at(0).at("stage").as_int64() == 1);
    CHECK(history.at(0).at("submitted_in").at(0).at("version").as_int64() == 1);
    CHECK(history.at(1).at("submitted_in").as_array().empty());
}

TEST_CASE("comment threads stay inside the consortium, with mentions, replies and resolution") {
    Workspace w;
    auto& c = w.c;
    const auto comments = w.bid + "/sections/response-0/comments";
    const auto asked = c.call("POST", comments, w.partner,
                              R"({"body": "Can we name the hub in Muirhouse?", "mentions": [")" + w.lead_user + R"("]})");
    REQUIRE_MESSAGE(asked.status == 201, asked.body);
    const auto thread = std::string{asked.json().at("id").as_string()};
    CHECK(c.db.scalar("SELECT count(*) FROM notification WHERE kind = 'mentioned' AND recipient_user_id = '" +
                      w.lead_user + "'") == "1");
    const auto reply = c.call("POST", comments, c.provider, R"({"body": "Yes, add it.", "parent_id": ")" + thread + R"("})");
    REQUIRE(reply.status == 201);
    const auto reply_id = std::string{reply.json().at("id").as_string()};
    CHECK(c.call("POST", comments, c.provider, R"({"body": "x", "parent_id": ")" + reply_id + R"("})").status == 422);
    const auto rival = c.another_provider("Health in Mind", "staff@him.example");
    const auto rival_user = std::string{c.call("GET", "/api/v1/me", rival).json().at("id").as_string()};
    CHECK(contains(pointers(c.call("POST", comments, w.partner, R"({"body": "x", "mentions": [")" + rival_user + R"("]})")),
                   "/mentions/0"));
    CHECK(c.call("GET", comments, rival).status == 404);
    CHECK(c.call("GET", comments, c.edinburgh_officer).status == 403);  // never the evaluators'

    const auto resolution = w.bid + "/comments/" + thread + "/resolution";
    REQUIRE(c.call("POST", resolution, c.provider, R"({"resolved": true})").status == 200);
    CHECK(c.call("POST", w.bid + "/comments/" + reply_id + "/resolution", c.provider, R"({"resolved": true})").status == 409);
    const auto listed = c.call("GET", comments, w.partner).json();
    REQUIRE(listed.at("items").as_array().size() == 2);
    CHECK(listed.at("items").at(0).at("resolved").as_bool());
    CHECK(c.call("POST", resolution, w.partner, R"({"resolved": false})").json().at("resolved").as_bool() == false);

    // Assignments and review requests are recorded for notifications.
    REQUIRE(c.call("PUT", w.bid + "/sections/response-0/assignment", c.provider,
                   R"({"owner_organisation_id": ")" + w.partner_org + R"("})").status == 200);
    REQUIRE(w.save(w.partner, "response-0", R"("Draft")", "0").status == 200);
    REQUIRE(w.move(w.partner, "response-0", R"({"status": "ready_for_review"})").status == 200);
    CHECK(c.db.scalar("SELECT string_agg(kind, ',' ORDER BY id) FROM notification WHERE kind NOT LIKE 'consortium%' "
                      "AND kind NOT LIKE 'invitation%'") == "mentioned,section_assigned,review_requested");
}

TEST_CASE("each organisation keeps its own answer library, searched by meaning of words, and inserts copies") {
    Workspace w;
    auto& c = w.c;
    const auto add = [&](const std::string& token, const std::string& title, const std::string& text) {
        const auto r = c.call("POST", "/api/v1/answers", token,
                              R"({"title": ")" + title + R"(", "text": ")" + text + R"(", "tags": ["people"]})");
        REQUIRE_MESSAGE(r.status == 201, r.body);
        return std::string{r.json().at("id").as_string()};
    };
    const auto volunteers = add(c.provider, "Volunteering", "Our volunteers are trained and supported by a coordinator.");
    add(c.provider, "Safeguarding", "Every worker completes safeguarding training each year.");
    const auto theirs = add(w.partner, "Volunteering at Canongate", "Young volunteers run our drop-in.");

    // Stemming: "volunteering" finds "volunteers"; the title weighs most; nothing crosses organisations.
    const auto found = c.call("GET", "/api/v1/answers?q=volunteering", c.provider).json().at("items");
    REQUIRE(found.as_array().size() == 1);
    CHECK(found.at(0).at("id").as_string() == volunteers);
    CHECK(c.call("GET", "/api/v1/answers?q=training", c.provider).json().at("items").as_array().size() == 2);
    CHECK(c.call("GET", "/api/v1/answers", w.partner).json().at("items").as_array().size() == 1);
    CHECK(c.call("PUT", "/api/v1/answers/" + theirs, c.provider, R"({"title": "x", "text": "y"})", "\"1\"").status == 404);
    CHECK(c.call("DELETE", "/api/v1/answers/" + theirs, c.provider).status == 404);
    CHECK(c.call("GET", "/api/v1/answers?q=a%20%22unclosed", c.provider).status == 200);  // any text is a valid search

    // Inserting copies the text after what is there, recording its source; another's answer is refused.
    const auto insertions = w.bid + "/sections/response-0/answer-insertions";
    REQUIRE(w.save(c.provider, "response-0", R"("We start from each person.")", "0").status == 200);
    CHECK(contains(pointers(c.call("POST", insertions, c.provider, R"({"answer_id": ")" + theirs + R"("})", "\"1\"")),
                   "/answer_id"));
    const auto inserted = c.call("POST", insertions, c.provider, R"({"answer_id": ")" + volunteers + R"("})", "\"1\"");
    REQUIRE_MESSAGE(inserted.status == 200, inserted.body);
    CHECK(inserted.json().at("content").as_string() ==
          "We start from each person.\n\nOur volunteers are trained and supported by a coordinator.");
    CHECK(c.db.scalar("SELECT source_answer_id FROM bid_section_version WHERE version = 2") == volunteers);
    CHECK(c.call("POST", w.bid + "/sections/declaration-0/answer-insertions", c.provider,
                 R"({"answer_id": ")" + volunteers + R"("})", "\"0\"").status == 422);
}

TEST_CASE("partners see who is in which section, until they leave or a minute after their last heartbeat") {
    Workspace w;
    auto& c = w.c;
    const auto presence = w.bid + "/sections/response-1/presence";
    CHECK(c.call("PUT", presence, w.partner, R"({"mode": "typing"})").status == 422);
    REQUIRE(c.call("PUT", presence, w.partner, R"({"mode": "editing"})").status == 204);
    const auto seen = c.call("GET", w.bid + "/presence", c.provider).json().at("items");
    REQUIRE(seen.as_array().size() == 1);
    CHECK(seen.at(0).at("section").as_string() == "response-1");
    CHECK(seen.at(0).at("mode").as_string() == "editing");
    CHECK(seen.at(0).at("display_name").as_string() == "staff@canongate.example");
    c.db.exec("UPDATE section_presence SET seen_at = now() - interval '61 seconds'");
    CHECK(c.call("GET", w.bid + "/presence", c.provider).json().at("items").as_array().empty());
    // Leaving the section ends the presence at once, and only the caller's own.
    REQUIRE(c.call("PUT", presence, w.partner, R"({"mode": "viewing"})").status == 204);
    REQUIRE(c.call("PUT", presence, c.provider, R"({"mode": "editing"})").status == 204);
    CHECK(c.call("DELETE", presence, w.partner).status == 204);
    const auto left = c.call("GET", w.bid + "/presence", w.partner).json().at("items");
    REQUIRE(left.as_array().size() == 1);
    CHECK(left.at(0).at("display_name").as_string() != "staff@canongate.example");
    CHECK(c.call("DELETE", presence, w.partner).status == 204);  // leaving twice changes nothing
    const auto rival = c.another_provider("Health in Mind", "staff@him.example");
    CHECK(c.call("PUT", presence, rival, R"({"mode": "viewing"})").status == 404);
    CHECK(c.call("DELETE", presence, rival).status == 404);
    CHECK(c.call("GET", w.bid + "/presence", rival).status == 404);
}

TEST_CASE("members see everyone who may work on the bid, so they can assign, mention and ask to sign") {
    Workspace w;
    auto& c = w.c;
    const auto people = c.call("GET", w.bid + "/people", w.partner).json().at("items");
    std::map<std::string, std::string> organisation_of;
    for (const auto& p : people.as_array()) {
        CHECK(p.at("authorised_signatory").as_bool());
        organisation_of[std::string{p.at("user_id").as_string()}] = p.at("organisation_id").as_string();
    }
    CHECK(organisation_of == std::map<std::string, std::string>{{w.lead_user, c.provider_organisation},
                                                                {w.partner_user, w.partner_org}});
    const auto rival = c.another_provider("Health in Mind", "staff@him.example");
    CHECK(c.call("GET", w.bid + "/people", rival).status == 404);
    CHECK(c.call("GET", w.bid + "/people", c.edinburgh_officer).status == 403);
}

TEST_CASE("a member organisation that leaves loses the drafts, comments and history at once") {
    Workspace w;
    auto& c = w.c;
    REQUIRE(w.save(w.partner, "response-0", R"("Our part")", "0").status == 200);
    REQUIRE(c.call("POST", w.bid + "/sections/response-0/comments", w.partner, R"({"body": "Over to you"})").status == 201);
    const std::vector<std::string> workspace{w.bid,
                                             w.bid + "/sections",
                                             w.bid + "/sections/response-0/comments",
                                             w.bid + "/sections/response-0/history",
                                             w.bid + "/sections/response-0/diff?from=1&to=1",
                                             w.bid + "/sign-offs",
                                             w.bid + "/presence",
                                             w.bid + "/people",
                                             w.bid + "/documents"};
    for (const auto& path : workspace) CHECK_MESSAGE(c.call("GET", path, w.partner).status == 200, path);

    const auto digest = std::string{c.call("GET", w.bid + "/sign-offs", c.provider).json().at("draft_sha256").as_string()};
    REQUIRE(c.call("POST", w.bid + "/sign-offs", c.provider, R"({"draft_sha256": ")" + digest + R"("})").status == 200);

    REQUIRE(c.call("DELETE", w.consortium + "/members/" + w.partner_org, w.partner).status == 204);
    for (const auto& path : workspace) CHECK_MESSAGE(c.call("GET", path, w.partner).status == 404, path);
    // The lead signed a consortium of two: that sign-off is void, and the lead hears so.
    CHECK(c.db.scalar("SELECT count(*) FROM notification WHERE kind = 'sign_off_voided' AND recipient_user_id = '" +
                      w.lead_user + "'") == "1");
    CHECK_FALSE(c.call("GET", w.bid + "/sign-offs", c.provider).json().at("items").at(0).at("signed").as_bool());
    CHECK(w.save(w.partner, "response-0", R"("Still ours?")", "1").status == 404);
    CHECK(c.call("GET", w.bid + "/people", c.provider).json().at("items").as_array().size() == 1);
    // What it wrote stays with the bid, for the members who remain.
    CHECK(c.call("GET", w.bid + "/sections/response-0/history", c.provider).json().at("items").as_array().size() == 1);
}

TEST_CASE("a required document is a section: owned, met by uploads, versioned, and needed to submit") {
    Workspace w{"Safeguarding policy"};
    auto& c = w.c;
    CHECK(c.call("GET", w.tender + "/required-documents", c.provider).json().at("documents").at(0).at("title").as_string() ==
          "Safeguarding policy");
    CHECK(c.call("PUT", w.tender + "/required-documents", c.edinburgh_officer, R"({"documents": []})",
                 c.call("GET", w.tender, c.edinburgh_officer).header("etag"))
              .json().at("type").as_string() == "urn:collabtender:problem:tender-frozen");

    const auto sections = c.call("GET", w.bid + "/sections", w.partner).json();
    const auto& document = sections.at("items").at(5);
    CHECK(document.at("section").as_string() == "document-0");
    CHECK(document.at("kind").as_string() == "document");
    CHECK(document.at("title").as_string() == "Safeguarding policy");
    bool blocked = false;
    for (const auto& b : sections.at("blocking").as_array()) blocked |= b.at("pointer").as_string() == "/required_documents/0";
    CHECK(blocked);

    // Only the section's owner (or the lead) uploads to it.
    REQUIRE(c.call("PUT", w.bid + "/sections/document-0/assignment", c.provider,
                   R"({"owner_organisation_id": ")" + c.provider_organisation + R"("})").status == 200);
    const auto refused = w.upload(w.partner, "requirement=0", "Our policy.");
    CHECK(refused.status == 403);
    CHECK(refused.json().at("type").as_string() == "urn:collabtender:problem:not-section-owner");
    REQUIRE(c.call("PUT", w.bid + "/sections/document-0/assignment", c.provider,
                   R"({"owner_organisation_id": ")" + w.partner_org + R"("})").status == 200);
    CHECK(w.upload(w.partner, "requirement=1", "Our policy.").status == 400);
    CHECK(w.upload(w.partner, "requirement=x", "Our policy.").status == 400);
    const auto uploaded = w.upload(w.partner, "requirement=0", "Our safeguarding policy, signed 2026.");
    REQUIRE_MESSAGE(uploaded.status == 201, uploaded.body);
    CHECK(uploaded.json().at("requirement").as_int64() == 0);
    CHECK(w.upload(w.partner, "requirement=0&visibility=evaluators_only", "Our incident log.").status == 201);

    // Each upload is a version listing what every member may see; text cannot be written to it.
    const auto history = c.call("GET", w.bid + "/sections/document-0/history", c.provider).json().at("items");
    REQUIRE(history.as_array().size() == 2);
    CHECK(history.at(0).at("content").as_array().size() == 1);  // the evaluators-only upload stays hidden
    CHECK(history.at(0).at("content").at(0).at("filename").as_string() == "policy.txt");
    CHECK(c.call("PUT", w.bid + "/sections/document-0/content", c.provider, R"({"content": "x"})", "\"2\"")
              .json().at("type").as_string() == "urn:collabtender:problem:uploaded-section");
    const auto after = c.call("GET", w.bid + "/sections", w.partner).json();
    CHECK(after.at("items").at(5).at("status").as_string() == "in_progress");
    for (const auto& b : after.at("blocking").as_array()) CHECK(b.at("pointer").as_string() != "/required_documents/0");

    // Removing it is the owner's too, and is another version.
    const std::string id{uploaded.json().at("id").as_string()};
    REQUIRE(c.call("DELETE", w.bid + "/documents/" + id, w.partner).status == 204);
    CHECK(c.call("GET", w.bid + "/sections/document-0/history", c.provider).json().at("items").at(0).at("content")
              .as_array().empty());
}

TEST_CASE("declaration content nested as deep as a request may be is kept and read back, never a 500") {
    Workspace w;
    // 30 levels inside the body's own object: within the 32 a request may nest,
    // and deeper than that once the draft wraps it.
    std::string deep = "true";
    for (int i = 0; i < 30; ++i) deep = R"({"a": )" + deep + "}";
    const auto saved = w.save(w.c.provider, "declaration-0", deep, "0");
    CHECK_MESSAGE(saved.status == 200, saved.body);
    const auto section = w.c.call("GET", w.bid + "/sections/declaration-0", w.c.provider);
    CHECK(section.status == 200);
    CHECK(w.c.call("GET", w.bid, w.c.provider).status == 200);
    CHECK(w.c.call("GET", w.bid + "/sections/declaration-0/history", w.c.provider).status == 200);
    CHECK(w.save(w.c.provider, "declaration-0", std::string(40, '[') + std::string(40, ']'), "1").status == 400);
}
