// The public edge: what one anonymous or hostile client can cost everyone else.
// Each request is refused as early as it can be: a token is checked when the
// header arrives, before any body is read; bodies in flight share a bounded
// amount of memory; sign-in attempts are throttled per client address; framing
// the server cannot honour is refused and the connection closed.
#include <doctest/doctest.h>

#include <atomic>
#include <future>
#include <thread>

#include <boost/json.hpp>

#include "tests/support/accounts.hpp"
#include "tests/support/commissioning.hpp"
#include "tests/support/http_client.hpp"
#include "tests/support/server_process.hpp"
#include "tests/support/test_database.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

constexpr const char* password = "a long enough password";
constexpr const char* some_bid = "/api/v1/bids/6f1c2f0e-8d59-4a57-9d1c-3b3f4f9e2a10/documents?filename=plan.pdf";

struct Installation {
    TestDatabase db{TestDatabase::Schema::migrated};
    std::string provider_org;
    std::string council;
    std::unique_ptr<ServerProcess> server;

    explicit Installation(std::vector<std::string> args = {}) {
        council = create_organisation(db.url(), "City of Edinburgh Council", "commissioning_body");
        provider_org = create_organisation(db.url(), "Pilton Care", "provider");
        create_user(db.url(), provider_org, "writer@pilton.example", "provider", password);
        create_user(db.url(), council, "officer@edinburgh.example", "commissioner", password);
        server = std::make_unique<ServerProcess>(db.url(), std::move(args));
    }
    std::uint16_t port() const { return server->port(); }
};

std::string credentials(const std::string& email, const std::string& secret) {
    return boost::json::serialize(boost::json::object{{"email", email}, {"password", secret}});
}

// A sign-in as a client at `address` (the server trusts 127.0.0.1 as its proxy).
HttpResponse sign_in_from(std::uint16_t port, const std::string& address, const std::string& email,
                          const std::string& secret = password) {
    return send(port, {"POST", "/api/v1/auth/login", credentials(email, secret), "application/json", "",
                       {{"X-Forwarded-For", address}}});
}

// The header of an upload, declaring a 20 MiB body of which nothing is sent.
std::string upload_header(const std::string& authorization) {
    return "POST " + std::string{some_bid} + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/pdf\r\n" + authorization +
           "Content-Length: 20971520\r\n\r\n";
}

}  // namespace

TEST_CASE("a request's token is checked when its header arrives, before any of its body is read") {
    Installation i;
    const auto provider = login(i.port(), "writer@pilton.example", password);
    const auto officer = login(i.port(), "officer@edinburgh.example", password);

    // Without the fix each of these waits for 20 MiB that never comes, then the
    // read timeout closes the connection unanswered.
    const auto anonymous = exchange_raw(i.port(), upload_header(""), 5s);
    CHECK(anonymous.status == 401);
    CHECK(anonymous.header("www-authenticate").starts_with("Bearer"));
    CHECK(anonymous.header("connection") == "close");

    const auto forged = exchange_raw(i.port(), upload_header("Authorization: Bearer not-a-real-token\r\n"), 5s);
    CHECK(forged.status == 401);
    const auto wrong_role = exchange_raw(i.port(), upload_header("Authorization: Bearer " + officer + "\r\n"), 5s);
    CHECK(wrong_role.status == 403);
    CHECK(wrong_role.header("content-type") == "application/problem+json");

    // A provider's own token gets past the header: the server then waits for the body.
    const auto allowed = exchange_raw(i.port(), upload_header("Authorization: Bearer " + provider + "\r\n"), 2s);
    CHECK(allowed.status == 0);
    CHECK(get(i.port(), "/healthz").status == 200);
}

TEST_CASE("bodies in flight share a bounded amount of memory, and beyond it get a 503 with Retry-After") {
    Installation i{{"--body-memory", "1500000"}};
    const auto officer = login(i.port(), "officer@edinburgh.example", password);
    const auto header = "POST /api/v1/tenders HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        "Authorization: Bearer " + officer + "\r\nContent-Length: 1000000\r\n\r\n";
    // The first holds its budget while it sends nothing more; the second would pass it.
    auto holding = std::async(std::launch::async, [&] { return exchange_raw(i.port(), header, 4s); });
    std::this_thread::sleep_for(700ms);
    const auto refused = exchange_raw(i.port(), header, 4s);
    CHECK(refused.status == 503);
    CHECK(refused.header("retry-after") == "1");
    CHECK(refused.header("content-type") == "application/problem+json");
    CHECK(holding.get().status == 0);  // cut off by its own client: the budget is free again

    // Once the first connection has gone, a body of the same size is read (and judged on its content).
    const auto served = send(i.port(), {"POST", "/api/v1/tenders", std::string(1000000, ' '), "application/json", officer, {}});
    CHECK(served.status == 400);
}

TEST_CASE("an unknown transfer coding is refused with 501 and the connection closed (RFC 9112 section 6.1)") {
    Installation i;
    const std::string head = "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n";
    const std::string next = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
    const struct {
        const char* name;
        std::string framing;          // the coding's fields and the body
        std::vector<int> statuses;    // what the connection answers, request by request
    } cases[] = {
        {"with a Content-Length beside it", "Transfer-Encoding: xchunked\r\nContent-Length: 2\r\n\r\n{}", {501}},
        {"alone: the body must not be read as the next request", "Transfer-Encoding: gzip\r\n\r\n", {501}},
        {"chunked after another coding", "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", {501}},
        {"chunked alone is still read", "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", {422, 200}},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        const auto answers = exchange_raw_many(i.port(), head + c.framing + next, 2);
        std::vector<int> statuses;
        for (const auto& answer : answers) statuses.push_back(answer.status);
        CHECK(statuses == c.statuses);
        if (c.statuses.front() == 501) CHECK(answers.front().header("connection") == "close");
    }
    CHECK(get(i.port(), "/healthz").status == 200);
}

TEST_CASE("credential stuffing from one address is stopped with 429, while other addresses sign in") {
    Installation i{{"--trusted-proxy", "127.0.0.1", "--login-address-burst", "10"}};
    int checked = 0, throttled = 0;
    for (int n = 0; n < 60; ++n) {
        const auto answer = sign_in_from(i.port(), "203.0.113.7", "person" + std::to_string(n) + "@example.org");
        checked += answer.status == 401;
        if (answer.status == 429) {
            ++throttled;
            CHECK(std::stoi(answer.header("retry-after")) >= 1);
            CHECK(answer.header("content-type") == "application/problem+json");
            CHECK(answer.json().at("type").as_string() == "urn:collabtender:problem:too-many-attempts");
        }
    }
    CHECK(checked == 10);
    CHECK(throttled == 50);
    // Another client is not held up by it, nor is the same network's next address in IPv4.
    CHECK(sign_in_from(i.port(), "198.51.100.4", "writer@pilton.example").status == 200);
    CHECK(sign_in_from(i.port(), "203.0.113.8", "writer@pilton.example").status == 200);
    // IPv6 clients are counted by their /64: a new address in it is the same client.
    for (int n = 0; n < 10; ++n) sign_in_from(i.port(), "2001:db8:1:2::" + std::to_string(n + 1), "x@example.org");
    CHECK(sign_in_from(i.port(), "2001:db8:1:2::ffff", "writer@pilton.example").status == 429);
    CHECK(sign_in_from(i.port(), "2001:db8:1:3::1", "writer@pilton.example").status == 200);
}

TEST_CASE("successful sign-ins from one address (an office behind one router) are never throttled") {
    Installation i{{"--trusted-proxy", "127.0.0.1", "--login-address-burst", "5"}};
    for (int n = 0; n < 20; ++n) CHECK(sign_in_from(i.port(), "192.0.2.10", "writer@pilton.example").status == 200);
}

TEST_CASE("a flood of sign-ins from one client does not deny sign-in to everyone else") {
    Installation i{{"--trusted-proxy", "127.0.0.1"}};
    std::atomic<bool> flooding{true};
    std::vector<std::future<void>> attackers;
    for (int t = 0; t < 8; ++t)
        attackers.push_back(std::async(std::launch::async, [&, t] {
            for (int n = 0; flooding; ++n)
                sign_in_from(i.port(), "203.0.113.66", "random" + std::to_string(t) + "-" + std::to_string(n) + "@example.org");
        }));
    std::this_thread::sleep_for(300ms);
    // Thirty people sign in, three at a time, while it goes on.
    int signed_in = 0;
    std::vector<std::future<int>> people;
    for (int n = 0; n < 30; ++n) {
        people.push_back(std::async(std::launch::async, [&, n] {
            return sign_in_from(i.port(), "198.51.100." + std::to_string(n + 1), "writer@pilton.example").status;
        }));
        if (n % 3 == 2)
            for (auto& person : people) signed_in += person.get() == 200;
        if (n % 3 == 2) people.clear();
    }
    for (auto& person : people) signed_in += person.get() == 200;
    flooding = false;
    for (auto& attacker : attackers) attacker.get();
    CHECK(signed_in == 30);
}

TEST_CASE("when every hashing slot is busy, a sign-in waits its turn rather than failing") {
    // Two database workers: one password check at a time, and twelve people at once.
    Installation i{{"--trusted-proxy", "127.0.0.1", "--db-workers", "2"}};
    std::vector<std::future<int>> people;
    for (int n = 0; n < 12; ++n)
        people.push_back(std::async(std::launch::async, [&, n] {
            return sign_in_from(i.port(), "198.51.100." + std::to_string(n + 1), "writer@pilton.example").status;
        }));
    int signed_in = 0;
    for (auto& person : people) signed_in += person.get() == 200;
    CHECK(signed_in == 12);
}

TEST_CASE("metrics are the operator's: served only with the metrics token") {
    SUBCASE("without a token configured, nobody gets them") {
        Installation i{{"--metrics-token", ""}};
        CHECK(get(i.port(), "/metrics").status == 404);
    }
    SUBCASE("with one, only its bearer does") {
        Installation i{{"--metrics-token", "operator-secret-0123456789"}};
        CHECK(get(i.port(), "/metrics").status == 401);
        CHECK(get(i.port(), "/metrics", "operator-secret-0123456789x").status == 401);
        const auto metrics = get(i.port(), "/metrics", "operator-secret-0123456789");
        CHECK(metrics.status == 200);
        CHECK(metrics.body.find("collabtender_http_requests_total") != std::string::npos);
    }
}

TEST_CASE("documents are stored a piece at a time as they arrive: large uploads at once need little memory") {
    // Room for one JSON body, not for one of these documents whole.
    Commissioning c{{"--body-memory", "1100000"}};
    const auto tender = c.published_pin();
    c.open_stage1(tender, 1800s, 3600s);
    const auto bid = c.lone_bid(tender, c.first_lot(tender), c.provider, "Pilton alone");
    std::string content;
    for (int line = 0; content.size() < 3 * 1024 * 1024; ++line)
        content += "Line " + std::to_string(line) + ": support planned with the person, in Gàidhlig or English.\n";
    std::vector<std::future<HttpResponse>> uploads;
    for (int n = 0; n < 3; ++n)
        uploads.push_back(std::async(std::launch::async, [&, n] {
            return send(c.port(), {"POST", bid + "/documents?filename=plan-" + std::to_string(n) + ".txt", content,
                                   "text/plain", c.provider, {}});
        }));
    for (auto& upload : uploads) {
        const auto stored = upload.get();
        REQUIRE_MESSAGE(stored.status == 201, stored.body);
        CHECK(stored.json().at("size_bytes").as_int64() == static_cast<std::int64_t>(content.size()));
        const auto read = c.call("GET", stored.header("location") + "/content", c.provider);
        CHECK(read.body == content);
        CHECK(read.header("content-type").starts_with("text/plain"));
    }
    CHECK(c.db.scalar("SELECT count(*) FROM upload_piece") == "0");
    CHECK(c.db.scalar("SELECT count(DISTINCT sha256) FROM bid_document") == "1");

    // A type that is not what it says is refused after the last piece, and nothing stays.
    const auto mislabelled = send(c.port(), {"POST", bid + "/documents?filename=plan.pdf", content, "application/pdf",
                                             c.provider, {}});
    CHECK(mislabelled.status == 415);
    // A client that goes away half-way leaves no document, and its pieces are removed.
    exchange_raw(c.port(),
                 "POST " + bid + "/documents?filename=cut.txt HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                 "Authorization: Bearer " + c.provider + "\r\nContent-Length: 3000000\r\n\r\n" + content.substr(0, 1000000),
                 2s);
    for (int i = 0; i < 100 && c.db.scalar("SELECT count(*) FROM upload_piece") != "0"; ++i)
        std::this_thread::sleep_for(50ms);
    CHECK(c.db.scalar("SELECT count(*) FROM upload_piece") == "0");
    CHECK(c.db.scalar("SELECT count(*) FROM bid_document") == "3");
}
