// Bids over HTTP: drafts shared by partners, submissions with receipts and
// idempotency keys, withdrawal, deadlines, sealed bids, and isolation.
#include <doctest/doctest.h>

#include <future>
#include <random>

#include <boost/json.hpp>

#include "tests/support/commissioning.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

struct Bidding {
    Commissioning c;
    std::string tender, lot, consortium, bid;
    std::vector<std::string> signers;  // members' tokens that sign off before a submission; empty: the submitter's

    explicit Bidding(std::chrono::seconds deadline = 3600s) {
        tender = c.published_pin();
        lot = std::string{c.call("GET", tender + "/lots", c.provider).json().at("items").at(0).at("id").as_string()};
        c.open_stage1(tender, deadline / 2, deadline);
        consortium = c.call("POST", tender + "/consortia", c.provider, R"({"name": "Pilton alone"})").header("location");
        const auto created = c.call("POST", consortium + "/bids", c.provider, R"({"lot_id": ")" + lot + R"("})");
        REQUIRE_MESSAGE(created.status == 201, created.body);
        bid = created.header("location");
    }

    HttpResponse submit(const std::string& token, const std::string& key) const {
        c.sign_off(bid, signers.empty() ? std::vector<std::string>{token} : signers);
        HttpRequest request{"POST", bid + "/submissions", declaration_body, "application/json", token, {}};
        if (!key.empty()) request.headers["Idempotency-Key"] = key;
        return send(c.port(), request);
    }
};

}  // namespace

TEST_CASE("partners edit one draft, and If-Match stops them overwriting each other") {
    Bidding b;
    auto& c = b.c;
    CHECK(c.call("POST", b.consortium + "/bids", c.provider, R"({"lot_id": ")" + b.lot + R"("})").status == 409);
    const auto first = c.call("PATCH", b.bid, c.provider, R"({"responses": {"0": "We listen first."}})", "\"1\"");
    REQUIRE(first.status == 200);
    CHECK(first.header("etag") == "\"2\"");
    CHECK(first.json().at("criteria").at(0).at("words").as_int64() == 3);
    const auto stale = c.call("PATCH", b.bid, c.provider, R"({"responses": {"1": "Lost"}})", "\"1\"");
    CHECK(stale.status == 412);
    CHECK(c.call("PATCH", b.bid, c.provider, R"({"responses": {"7": "No such criterion"}})", "\"2\"").status == 422);
    CHECK(c.call("PATCH", b.bid, c.provider, R"({"declarations": {"0": "not an object"}})", "\"2\"").status == 422);
    CHECK(c.call("PATCH", b.bid, c.provider, R"({"responses": {"1": "a\u0000b"}})", "\"2\"").status == 400);  // not a 500
    const auto second = c.call("PATCH", b.bid, c.provider, R"({"responses": {"1": "Together"}})", "\"2\"");
    REQUIRE(second.status == 200);
    CHECK(second.json().at("draft").at("responses").at("0").as_string() == "We listen first.");  // merged, not replaced
}

TEST_CASE("a submission needs a complete bid and an Idempotency-Key, and gets a receipt") {
    Bidding b;
    auto& c = b.c;
    CHECK(b.submit(c.provider, "").status == 400);
    const auto incomplete = b.submit(c.provider, "attempt-1");
    CHECK(incomplete.status == 422);
    const auto missing = pointers(incomplete);
    CHECK(contains(missing, "/responses/0"));
    CHECK(contains(missing, "/declarations/1"));
    REQUIRE(c.call("PATCH", b.bid, c.provider, R"({"declarations": {"1": {"committed": true, "hourly_rate_pence": -1}}})",
                   "\"1\"").status == 200);
    CHECK(contains(pointers(b.submit(c.provider, "attempt-1b")), "/declarations/1/hourly_rate_pence"));  // never negative
    CHECK(c.db.scalar("SELECT count(*) FROM bid_submission") == "0");

    REQUIRE(c.call("PATCH", b.bid, c.provider, draft_with_rate(1400), "\"2\"").status == 200);
    // The sender confirms the service's declaration, or nothing is sent.
    c.sign_off(b.bid, {c.provider});
    const auto declaration = c.call("GET", b.bid, c.provider).json().at("submission_declaration");
    CHECK(declaration.as_string().starts_with("I confirm that this bid is complete and accurate"));
    const auto signed_draft = c.call("GET", b.bid + "/sign-offs", c.provider).json().at("draft_sha256");
    for (const auto* body : {"", "{}", R"({"declaration_confirmed": false})"}) {
        const auto unconfirmed = send(c.port(), {"POST", b.bid + "/submissions", body, "application/json", c.provider,
                                                 {{"Idempotency-Key", "unconfirmed"}}});
        CHECK_MESSAGE(unconfirmed.status == 422, body);
        CHECK(pointers(unconfirmed) == std::vector<std::string>{"/declaration_confirmed"});
    }
    CHECK(c.db.scalar("SELECT count(*) FROM bid_submission") == "0");
    const auto receipt = b.submit(c.provider, "attempt-2");
    REQUIRE_MESSAGE(receipt.status == 201, receipt.body);
    CHECK(receipt.json().at("version").as_int64() == 1);
    CHECK(receipt.json().at("stage").as_int64() == 1);
    CHECK(receipt.json().at("sha256").as_string().size() == 64);
    // The receipt records the words confirmed and names the draft every member signed off.
    CHECK(receipt.json().at("declaration") == declaration);
    CHECK(receipt.json().at("signed_draft_sha256") == signed_draft);
    CHECK(receipt.json().at("signed_draft_sha256") != receipt.json().at("sha256"));

    const auto replay = b.submit(c.provider, "attempt-2");
    CHECK(replay.status == 200);
    CHECK(replay.json() == receipt.json());
    CHECK(b.submit(c.provider, "attempt-3").json().at("version").as_int64() == 2);
    CHECK(c.db.scalar("SELECT count(*) FROM bid_submission") == "2");

    // Membership locked at the first submission.
    const auto another = c.another_provider("Canongate Youth", "staff@canongate.example");
    const auto organisation = std::string{c.call("GET", "/api/v1/me", another).json().at("organisation").at("id").as_string()};
    const auto locked = c.call("POST", b.consortium + "/members", c.provider,
                               R"({"organisation_id": ")" + organisation + R"(", "role": "partner", "share_bp": 100})");
    CHECK(locked.status == 409);
    CHECK(locked.json().at("type").as_string() == "urn:collabtender:problem:membership-locked");

    CHECK(c.call("PATCH", b.consortium + "/members/" + c.provider_organisation, c.provider, R"({"share_bp": 9000})")
              .status == 409);
    CHECK(send(c.port(), {"PUT", b.consortium + "/mou?filename=m.txt", "Memorandum", "text/plain", c.provider, {}})
              .status == 409);

    // While bids are sealed the owning body cannot tell that this consortium submitted.
    CHECK_FALSE(c.call("GET", b.consortium, c.edinburgh_officer).json().as_object().contains("locked"));
    CHECK(c.call("GET", b.consortium, c.provider).json().at("locked").as_bool());
    const auto early = c.call("POST", b.consortium + "/change-agreements", c.edinburgh_officer, R"({"reason": "x"})");
    CHECK(early.status == 409);
    CHECK(early.json().at("type").as_string() == "urn:collabtender:problem:sealed");

    // A submitted document stays as it was submitted.
    const auto doc = send(c.port(), {"POST", b.bid + "/documents?filename=plan.txt", "Our plan", "text/plain", c.provider, {}});
    REQUIRE(doc.status == 201);
    REQUIRE(b.submit(c.provider, "attempt-4").status == 201);
    CHECK(c.call("DELETE", b.bid + "/documents/" + std::string{doc.json().at("id").as_string()}, c.provider).status == 409);
}

TEST_CASE("bids are sealed: the owning body sees counts, not content, until the deadline") {
    Bidding b;
    auto& c = b.c;
    REQUIRE(c.call("PATCH", b.bid, c.provider, draft_with_rate(1400), "\"1\"").status == 200);
    REQUIRE(b.submit(c.provider, "k1").status == 201);
    const auto counts = c.call("GET", b.tender + "/bid-counts", c.edinburgh_officer).json().at("items").as_array();
    REQUIRE(counts.size() == 1);
    CHECK(counts[0].at("bids").as_int64() == 1);
    CHECK(c.call("GET", b.tender + "/submissions", c.edinburgh_officer).status == 409);
    CHECK(c.call("GET", b.bid, c.edinburgh_officer).status == 403);  // drafts are providers' only
    CHECK(c.call("GET", b.tender + "/bid-counts", c.glasgow_officer).status == 403);

    // Withdrawn, the bid no longer counts.
    CHECK(c.call("POST", b.bid + "/withdrawal", c.provider).json().at("withdrawn").as_bool());
    CHECK(c.call("GET", b.tender + "/bid-counts", c.edinburgh_officer).json().at("items").at(0).at("bids").as_int64() == 0);
    CHECK(c.call("POST", b.bid + "/withdrawal", c.provider).status == 409);
}

TEST_CASE("at the deadline submissions stop and the latest standing version opens to evaluators") {
    Bidding b{2h};
    auto& c = b.c;
    REQUIRE(c.call("PATCH", b.bid, c.provider, draft_with_rate(1400), "\"1\"").status == 200);
    REQUIRE(b.submit(c.provider, "v1").status == 201);
    REQUIRE(c.call("PATCH", b.bid, c.provider, R"({"responses": {"0": "Revised before the deadline."}})", "\"2\"").status ==
            200);
    REQUIRE(b.submit(c.provider, "v2").status == 201);
    c.server->pass_time(2h + 1s);  // past the deadline

    const auto late = b.submit(c.provider, "v3");
    CHECK(late.status == 409);
    CHECK(late.json().at("type").as_string() == "urn:collabtender:problem:deadline-passed");
    CHECK(b.submit(c.provider, "v2").status == 200);  // a replay is still the same receipt
    CHECK(c.call("PATCH", b.bid, c.provider, R"({"responses": {"0": "Too late"}})", "\"3\"").status == 409);

    const auto opened = c.call("GET", b.tender + "/submissions?stage=1", c.edinburgh_officer);
    REQUIRE(opened.status == 200);
    const auto items = opened.json().at("items").as_array();
    REQUIRE(items.size() == 1);
    CHECK(items[0].at("version").as_int64() == 2);
    CHECK(items[0].at("content").at("responses").at(0).as_string() == "Revised before the deadline.");
}

TEST_CASE("members submitting at once get distinct versions, and one version per key") {
    Bidding b;
    auto& c = b.c;
    REQUIRE(c.call("PATCH", b.bid, c.provider, draft_with_rate(1400), "\"1\"").status == 200);
    auto first = std::async(std::launch::async, [&] { return b.submit(c.provider, "a"); });
    auto second = std::async(std::launch::async, [&] { return b.submit(c.provider, "b"); });
    const auto versions = first.get().json().at("version").as_int64() + second.get().json().at("version").as_int64();
    CHECK(versions == 3);  // 1 and 2
    auto same1 = std::async(std::launch::async, [&] { return b.submit(c.provider, "same"); });
    auto same2 = std::async(std::launch::async, [&] { return b.submit(c.provider, "same"); });
    CHECK(same1.get().json().at("submission_id") == same2.get().json().at("submission_id"));
    CHECK(c.db.scalar("SELECT count(*) FROM bid_submission") == "3");
}

TEST_CASE("another consortium cannot see or touch a bid: 404") {
    Bidding b;
    auto& c = b.c;
    const auto rival = c.another_provider("Health in Mind", "staff@him.example");
    CHECK(c.call("GET", b.bid, rival).status == 404);
    CHECK(c.call("PATCH", b.bid, rival, R"({"responses": {"0": "Sabotage"}})", "\"1\"").status == 404);
    CHECK(c.call("GET", b.bid + "/submissions", rival).status == 404);
    CHECK(b.submit(rival, "x").status == 404);
    CHECK(c.call("POST", b.bid + "/withdrawal", rival).status == 404);
    CHECK(c.call("GET", b.consortium + "/bids", rival).status == 404);
    CHECK(c.call("GET", b.consortium + "/bids", c.edinburgh_officer).status == 403);  // drafts are never the body's
}

TEST_CASE("documents: checked by content, stored with their digest, shown by visibility") {
    Bidding b;
    auto& c = b.c;
    // A partner joins before anything is submitted.
    const auto partner = c.another_provider("Canongate Youth", "staff@canongate.example");
    const auto partner_org = std::string{c.call("GET", "/api/v1/me", partner).json().at("organisation").at("id").as_string()};
    REQUIRE(c.call("PATCH", b.consortium + "/members/" + c.provider_organisation, c.provider, R"({"share_bp": 6000})").status == 200);
    REQUIRE(c.call("POST", b.consortium + "/members", c.provider,
                   R"({"organisation_id": ")" + partner_org + R"(", "role": "partner", "share_bp": 4000})").status == 201);
    REQUIRE(c.call("POST", b.consortium + "/invitation/accept", partner).status == 200);

    const auto upload = [&](const std::string& token, const std::string& name, const std::string& type,
                            const std::string& bytes, const std::string& visibility = "consortium") {
        return send(c.port(), {"POST", b.bid + "/documents?filename=" + name + "&visibility=" + visibility, bytes, type,
                               token, {}});
    };
    const std::string pdf = "%PDF-1.7\nA method statement\n%%EOF\n";
    const auto shared = upload(c.provider, "method.pdf", "application/pdf", pdf);
    REQUIRE_MESSAGE(shared.status == 201, shared.body);
    CHECK(shared.json().at("sha256").as_string().size() == 64);
    CHECK(shared.json().at("size_bytes").as_int64() == static_cast<std::int64_t>(pdf.size()));
    CHECK(upload(c.provider, "fake.pdf", "application/pdf", "MZ not a pdf").status == 415);
    CHECK(upload(c.provider, "renamed.pdf", "application/pdf", "plain text pretending").status == 415);
    CHECK(upload(c.provider, "x.exe", "application/octet-stream", pdf).status == 415);
    CHECK(upload(c.provider, "../etc/passwd", "application/pdf", pdf).status == 400);

    const auto finances = upload(partner, "accounts.txt", "text/plain", "Our reserves: £120,000", "evaluators_only");
    REQUIRE(finances.status == 201);
    const auto finances_path = b.bid + "/documents/" + std::string{finances.json().at("id").as_string()};

    // The lead sees the shared document only; the partner sees both.
    CHECK(c.call("GET", b.bid + "/documents", c.provider).json().at("items").as_array().size() == 1);
    CHECK(c.call("GET", b.bid + "/documents", partner).json().at("items").as_array().size() == 2);
    CHECK(c.call("GET", finances_path + "/content", c.provider).status == 404);
    CHECK(c.call("DELETE", finances_path, c.provider).status == 404);
    const auto own = c.call("GET", finances_path + "/content", partner);
    CHECK(own.body == "Our reserves: £120,000");
    CHECK(own.header("content-type") == "text/plain");
    CHECK(own.header("content-disposition").find("accounts.txt") != std::string::npos);

    const auto download = c.call("GET", b.bid + "/documents/" + std::string{shared.json().at("id").as_string()} + "/content", partner);
    CHECK(download.body == pdf);
    CHECK(download.header("content-type") == "application/pdf");

    // Outsiders see nothing.
    const auto rival = c.another_provider("Health in Mind", "staff@him.example");
    CHECK(c.call("GET", b.bid + "/documents", rival).status == 404);
    CHECK(upload(rival, "x.pdf", "application/pdf", pdf).status == 404);
}

TEST_CASE("a document over the configured limit is refused with 413") {
    Bidding b;
    auto& c = b.c;
    const std::string big = "%PDF-1.7\n" + std::string(21 * 1024 * 1024, 'x');
    const std::string head = "POST " + b.bid + "/documents?filename=big.pdf HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
                             c.provider + "\r\nContent-Type: application/pdf\r\nContent-Length: " +
                             std::to_string(big.size()) + "\r\n\r\n";
    CHECK(exchange_raw(c.port(), head).status == 413);
    // A 2 MiB document is fine, though twice the JSON limit.
    const std::string medium = "%PDF-1.7\n" + std::string(2 * 1024 * 1024, 'x');
    CHECK(send(c.port(), {"POST", b.bid + "/documents?filename=medium.pdf", medium, "application/pdf", c.provider, {}}).status == 201);
}

TEST_CASE("a large document streams back in pieces, byte for byte, and the connection serves on") {
    Bidding b;
    auto& c = b.c;
    std::string pdf = "%PDF-1.7\n";
    std::mt19937 random{7};
    while (pdf.size() < 5 * 1024 * 1024 + 123) pdf += static_cast<char>(random() & 0xff);  // many pieces, a ragged end
    const auto stored = send(c.port(), {"POST", b.bid + "/documents?filename=big.pdf", pdf, "application/pdf", c.provider, {}});
    REQUIRE_MESSAGE(stored.status == 201, stored.body);
    const auto path = b.bid + "/documents/" + std::string{stored.json().at("id").as_string()} + "/content";

    const auto download = c.call("GET", path, c.provider);
    REQUIRE(download.status == 200);
    CHECK(download.header("content-length") == std::to_string(pdf.size()));
    CHECK(download.body == pdf);
    CHECK(download.header("x-content-sha256") == stored.json().at("sha256").as_string());

    // Framed exactly: the next request on the same connection is answered.
    const std::string get = "GET " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + c.provider + "\r\n\r\n";
    const auto both = exchange_raw_many(c.port(), get + "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 2);
    REQUIRE(both.size() == 2);
    CHECK(both[0].body.size() == pdf.size());
    CHECK(both[1].status == 200);
}

TEST_CASE("stage 2 takes revised bids only from bids standing at the end of stage 1") {
    Bidding b{2h};
    auto& c = b.c;
    // A second consortium that never submits in stage 1.
    const auto idle = c.another_provider("Health in Mind", "staff@him.example");
    const auto idle_consortium = c.call("POST", b.tender + "/consortia", idle, R"({"name": "Idle"})").header("location");
    const auto idle_bid = c.call("POST", idle_consortium + "/bids", idle, R"({"lot_id": ")" + b.lot + R"("})").header("location");
    REQUIRE(c.call("PATCH", idle_bid, idle, draft_with_rate(1400), "\"1\"").status == 200);

    REQUIRE(c.call("PATCH", b.bid, c.provider, draft_with_rate(1400), "\"1\"").status == 200);
    REQUIRE(b.submit(c.provider, "stage-1").status == 201);
    c.server->pass_time(2h + 1s);  // past the stage-1 deadline
    REQUIRE(c.call("POST", b.tender + "/actions/close_stage1", c.edinburgh_officer).status == 200);
    const auto unscored = c.call("POST", b.tender + "/actions/release_feedback", c.edinburgh_officer);
    CHECK(unscored.status == 409);
    CHECK(contains(pointers(unscored), "/scores"));
    c.score_bids(b.tender, {b.bid});
    REQUIRE(c.call("POST", b.tender + "/actions/release_feedback", c.edinburgh_officer).status == 200);

    // The stage-1 version cannot be withdrawn any more.
    CHECK(c.call("POST", b.bid + "/withdrawal", c.provider).status == 409);

    // Between stages the commissioner may agree to a change of membership, with a reason on record.
    CHECK(c.call("POST", b.consortium + "/change-agreements", c.glasgow_officer, R"({"reason": "x"})").status == 404);
    CHECK(c.call("POST", b.consortium + "/change-agreements", c.edinburgh_officer, R"({"reason": " "})").status == 422);
    const auto agreed = c.call("POST", b.consortium + "/change-agreements", c.edinburgh_officer,
                               R"({"reason": "The panel advised Pilton to bid with a partner."})");
    REQUIRE(agreed.status == 200);
    CHECK_FALSE(agreed.json().at("locked").as_bool());
    CHECK(c.db.scalar("SELECT reason FROM consortium_change_agreement") == "The panel advised Pilton to bid with a partner.");
    // The partnership reads why, and the audit trail keeps it.
    const auto agreement = c.call("GET", b.consortium, c.provider).json().at("change_agreement");
    CHECK(agreement.at("reason").as_string() == "The panel advised Pilton to bid with a partner.");
    CHECK_FALSE(agreement.at("agreed_at").as_string().empty());
    CHECK(agreed.json().at("change_agreement").at("reason") == agreement.at("reason"));
    CHECK(c.db.scalar("SELECT event::jsonb -> 'after' ->> 'reason' FROM audit_event "
                      "WHERE event::jsonb ->> 'action' = 'change_agreement.record'") ==
          "The panel advised Pilton to bid with a partner.");

    REQUIRE(c.call("PATCH", b.bid, c.provider, R"({"responses": {"0": "Revised as the panel advised."}})", "\"2\"").status ==
            200);
    const auto revised = b.submit(c.provider, "stage-2");
    REQUIRE_MESSAGE(revised.status == 201, revised.body);
    CHECK(revised.json().at("stage").as_int64() == 2);

    HttpRequest late{"POST", idle_bid + "/submissions", declaration_body, "application/json", idle, {{"Idempotency-Key", "first"}}};
    const auto refused = send(c.port(), late);
    CHECK(refused.status == 409);
    CHECK(refused.json().at("type").as_string() == "urn:collabtender:problem:not-in-stage-2");

    // The stage-1 version stays readable for evaluators.
    const auto stage1 = c.call("GET", b.tender + "/submissions?stage=1", c.edinburgh_officer).json().at("items").as_array();
    REQUIRE(stage1.size() == 1);
    CHECK(stage1[0].at("content").at("responses").at(0).as_string() == "We plan support with each person.");
    CHECK(c.call("GET", b.tender + "/submissions?stage=2", c.edinburgh_officer).status == 409);  // sealed until its deadline
}
