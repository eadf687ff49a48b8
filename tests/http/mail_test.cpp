// Email through a real SMTP server (Debian's python3-aiosmtpd, started by each
// test): delivered once each to the right people, retried while the server is
// away, failed for good on a permanent refusal (and retried by the admin), and
// neither lost nor doubled when the service is killed mid-send or when two
// instances share the outbox. Counted on both sides.
#include <doctest/doctest.h>

#include <signal.h>

#include <set>
#include <thread>

#include <boost/json.hpp>

#include "tests/support/accounts.hpp"
#include "tests/support/commissioning.hpp"
#include "tests/support/smtp_sink.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

std::vector<std::string> mail_args(std::uint16_t smtp_port) {
    return {"--smtp-url", "smtp://127.0.0.1:" + std::to_string(smtp_port), "--smtp-tls", "none", "--mail-retry-ms", "200",
            "--mail-poll-ms", "100", "--mail-from", "tenders@edinburgh.example"};
}

// `per_user` pending emails for every user, as if that many events had happened;
// returns how many there are (counted at once: the service starts sending at once).
int queue_emails(const TestDatabase& db, int per_user) {
    db.exec("INSERT INTO notification (recipient_user_id, kind, subject, link, created_at, email_state, email_next_at) "
            "SELECT u.id, 'panel_membership', '{\"tender\": \"Thrive\", \"panel\": \"Lot 1\"}', '/panels', now(), "
            "'pending', now() FROM app_user u, generate_series(1, " + std::to_string(per_user) + ")");
    return std::stoi(db.scalar("SELECT count(*) FROM notification"));
}

int count(const TestDatabase& db, const std::string& state) {
    return std::stoi(db.scalar("SELECT count(*) FROM notification WHERE email_state = '" + state + "'"));
}

// Every Message-ID the server accepted, and how many times.
std::map<std::string, int> received(const SmtpSink& sink) {
    std::map<std::string, int> out;
    for (const auto& message : sink.messages()) ++out[header(message, "Message-ID")];
    return out;
}

// The outbox by state, and the last errors: what a failing wait shows.
std::string outbox(const TestDatabase& db) {
    return db.scalar("SELECT string_agg(email_state || ' ' || n || coalesce(' (' || error || ')', ''), ', ') FROM "
                     "(SELECT email_state, count(*) AS n, max(email_last_error) AS error FROM notification "
                     "GROUP BY email_state) s");
}

bool eventually(const std::function<bool()>& done, std::chrono::seconds limit = 60s) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (!done()) {
        if (std::chrono::steady_clock::now() >= deadline) return false;
        std::this_thread::sleep_for(50ms);
    }
    return true;
}

}  // namespace

TEST_CASE("an event's email reaches the SMTP server once, addressed to its person, without bid content") {
    SmtpSink sink;
    Commissioning c{mail_args(sink.port())};
    const auto tender = c.published_pin();
    c.open_stage1(tender, 1800s, 3600s);
    const auto consortium = c.call("POST", tender + "/consortia", c.provider, R"({"name": "North West Together"})").header("location");
    const auto partner = c.another_provider("Canongate Youth", "staff@canongate.example");
    const auto partner_org = std::string{c.call("GET", "/api/v1/me", partner).json().at("organisation").at("id").as_string()};
    REQUIRE(c.call("PATCH", consortium + "/members/" + c.provider_organisation, c.provider, R"({"share_bp": 6000})").status == 200);
    REQUIRE(c.call("POST", consortium + "/members", c.provider,
                   R"({"organisation_id": ")" + partner_org + R"(", "role": "partner", "share_bp": 4000})").status == 201);

    REQUIRE(sink.wait_for(1));
    std::this_thread::sleep_for(500ms);  // five more turns of the dispatcher: nothing else goes
    const auto messages = sink.messages();
    REQUIRE(messages.size() == 1);
    const auto& message = messages[0];
    CHECK(message.starts_with("X-Envelope-To: staff@canongate.example\r\n"));
    CHECK(header(message, "From") == "\"collabtender\" <tenders@edinburgh.example>");
    CHECK(header(message, "To").ends_with("<staff@canongate.example>"));
    CHECK(header(message, "Subject").find("invites Canongate Youth to bid together") != std::string::npos);
    CHECK(header(message, "List-Unsubscribe-Post") == "List-Unsubscribe=One-Click");
    CHECK(message.find("Content-Type: text/html; charset=utf-8") != std::string::npos);
    CHECK(plain_text(message).find("North West Together") != std::string::npos);
    CHECK(count(c.db, "sent") == 1);
}

TEST_CASE("while the SMTP server is away emails wait and are retried, and once it is back each arrives once") {
    const auto port = free_port();
    Commissioning c{mail_args(port)};
    const int queued = queue_emails(c.db, 2);
    REQUIRE(queued == 8);  // four users, two each
    // Nothing listens: every email is tried, and tried again, and keeps its error.
    REQUIRE(eventually([&] { return c.db.scalar("SELECT min(email_attempts) FROM notification") >= "2"; }));
    CHECK(count(c.db, "pending") == queued);
    CHECK(c.db.scalar("SELECT count(*) FROM notification WHERE email_last_error LIKE '%onnect%'") == std::to_string(queued));

    SmtpSink sink{port};
    REQUIRE_MESSAGE(eventually([&] { return count(c.db, "sent") == queued; }), outbox(c.db));
    std::this_thread::sleep_for(500ms);
    const auto ids = received(sink);
    CHECK(ids.size() == static_cast<std::size_t>(queued));
    for (const auto& [id, times] : ids) CHECK_MESSAGE(times == 1, id);
}

TEST_CASE("a refused recipient fails at once, and the admin sees why and sends it again") {
    SmtpSink sink;
    Commissioning c{mail_args(sink.port())};
    const auto bounced = create_organisation(c.db.url(), "Bounce Care", "provider");
    create_user(c.db.url(), bounced, "reject.me@bounce.example", "provider", test_password);
    create_user(c.db.url(), c.edinburgh, "admin@edinburgh.example", "admin", test_password);
    const auto admin = login(c.port(), "admin@edinburgh.example", test_password);
    queue_emails(c.db, 1);
    REQUIRE(eventually([&] { return count(c.db, "sent") + count(c.db, "failed") == 6; }));
    CHECK(count(c.db, "failed") == 1);
    CHECK(c.db.scalar("SELECT email_attempts FROM notification WHERE email_state = 'failed'") == "1");  // never retried

    CHECK(c.call("GET", "/api/v1/admin/outbox", c.edinburgh_officer).status == 403);
    const auto outbox = c.call("GET", "/api/v1/admin/outbox", admin);
    REQUIRE_MESSAGE(outbox.status == 200, outbox.body);
    const auto shown = outbox.json();
    CHECK(shown.at("counts").at("failed").as_int64() == 1);
    CHECK(shown.at("counts").at("sent").as_int64() == 5);
    REQUIRE(shown.at("failed").as_array().size() == 1);
    CHECK(shown.at("failed").at(0).at("to").as_string() == "reject.me@bounce.example");
    CHECK(shown.at("failed").at(0).at("last_error").as_string().find("550") != std::string::npos);

    const auto id = std::string{shown.at("failed").at(0).at("id").as_string()};
    const auto sent_id = c.db.scalar("SELECT min(id) FROM notification WHERE email_state = 'sent'");
    CHECK(c.call("POST", "/api/v1/admin/outbox/" + sent_id + "/retry", admin).status == 409);  // only failed ones
    CHECK(c.call("POST", "/api/v1/admin/outbox/" + id + "/retry", c.provider).status == 403);
    REQUIRE(c.call("POST", "/api/v1/admin/outbox/" + id + "/retry", admin).status == 204);
    // Tried again, refused again: failed after one more attempt, with the error kept.
    REQUIRE(eventually([&] { return c.db.scalar("SELECT email_state FROM notification WHERE id = " + id) == "failed"; }));
    CHECK(c.db.scalar("SELECT email_attempts FROM notification WHERE id = " + id) == "1");
    CHECK(sink.messages().size() == 5);
}

TEST_CASE("killed mid-send, the service loses no email and sends none twice") {
    // Each recipient command waits 0.3 s; the service is killed inside such a
    // conversation, after it claimed a message and before the server took it.
    SmtpSink sink{0, 0.3};
    Commissioning c{mail_args(sink.port())};
    const int queued = queue_emails(c.db, 3);
    for (int round = 0; round < 4; ++round) {
        REQUIRE(sink.wait_for_conversation());
        c.server->signal(SIGKILL);
        c.server->wait_for_exit(10);
        CHECK(count(c.db, "sent") < queued);
        c.server = std::make_unique<ServerProcess>(c.db.url(), mail_args(sink.port()));
    }
    REQUIRE_MESSAGE(eventually([&] { return count(c.db, "sent") == queued; }, 120s), outbox(c.db));
    std::this_thread::sleep_for(500ms);
    const auto ids = received(sink);
    MESSAGE("emails: " << queued << " queued, " << sink.messages().size() << " received, " << ids.size() << " distinct");
    CHECK(ids.size() == static_cast<std::size_t>(queued));
    CHECK(sink.messages().size() == static_cast<std::size_t>(queued));
}

TEST_CASE("two instances share the outbox and never send the same email twice") {
    SmtpSink sink;
    Commissioning c{mail_args(sink.port())};
    const ServerProcess second{c.db.url(), mail_args(sink.port())};
    const int queued = queue_emails(c.db, 15);
    REQUIRE_MESSAGE(eventually([&] { return count(c.db, "sent") == queued; }, 120s), outbox(c.db));
    std::this_thread::sleep_for(500ms);
    const auto ids = received(sink);
    CHECK(ids.size() == static_cast<std::size_t>(queued));
    CHECK(sink.messages().size() == static_cast<std::size_t>(queued));
}
