// Malformed, unknown and oversized requests get precise problem+json answers.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include "tests/support/http_client.hpp"
#include "tests/support/server_process.hpp"
#include "tests/support/test_database.hpp"

using namespace collabtender::test;

namespace {
struct Server {
    TestDatabase db;
    ServerProcess server{db.url(), {"--read-timeout", "2"}};
};

std::string type_of(const HttpResponse& response) { return std::string{response.json().at("type").as_string()}; }
}  // namespace

TEST_CASE("an unknown route is a 404 problem") {
    Server s;
    const auto response = get(s.server.port(), "/api/v1/nowhere");
    CHECK(response.status == 404);
    CHECK(response.header("content-type") == "application/problem+json");
    CHECK(type_of(response) == "urn:collabtender:problem:not-found");
}

TEST_CASE("every answer carries the security headers, errors and successes alike") {
    Server s;
    for (const auto* target : {"/healthz", "/api/v1/nowhere", "/api/v1/openapi.json", "/api/v1/me"}) {
        CAPTURE(target);
        const auto response = get(s.server.port(), target);
        CHECK(response.header("x-content-type-options") == "nosniff");
        CHECK(response.header("referrer-policy") == "no-referrer");
        CHECK(response.header("cache-control") == "no-store");
        CHECK(response.header("content-security-policy") == "default-src 'none'; frame-ancestors 'none'");
    }
}

TEST_CASE("a wrong method is a 405 with Allow") {
    Server s;
    const auto response = send(s.server.port(), {"DELETE", "/api/v1/auth/login", "", "", "", {}});
    CHECK(response.status == 405);
    CHECK(response.header("allow") == "POST");
    CHECK(type_of(response) == "urn:collabtender:problem:method-not-allowed");
}

TEST_CASE("a JSON endpoint sent something else is a 415") {
    Server s;
    const auto response = send(s.server.port(), {"POST", "/api/v1/auth/login", "email=a", "application/x-www-form-urlencoded", "", {}});
    CHECK(response.status == 415);
    CHECK(type_of(response) == "urn:collabtender:problem:unsupported-media-type");
}

TEST_CASE("malformed JSON is a 400 naming where it broke") {
    Server s;
    const auto response = post_json(s.server.port(), "/api/v1/auth/login", "{\"email\": \"a@b.scot\",\n \"password\": }");
    CHECK(response.status == 400);
    CHECK(type_of(response) == "urn:collabtender:problem:malformed-json");
    CHECK(std::string{response.json().at("detail").as_string()}.find("line 2, column 14") != std::string::npos);
}

TEST_CASE("missing fields are a 422 listing each of them") {
    Server s;
    const auto response = post_json(s.server.port(), "/api/v1/auth/login", "{\"email\": 7}");
    CHECK(response.status == 422);
    const auto errors = response.json().at("errors").as_array();
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].at("pointer").as_string() == "/email");
    CHECK(errors[1].at("pointer").as_string() == "/password");
}

TEST_CASE("a declared body over the limit is a 413, and a client still sending it sees the answer") {
    Server s;
    const std::string body(2 * 1024 * 1024, ' ');
    const std::string request =
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
        std::to_string(body.size()) + "\r\n\r\n" + body;
    const auto response = exchange_raw(s.server.port(), request);
    CHECK(response.status == 413);
    CHECK(response.header("connection") == "close");
    CHECK(type_of(response) == "urn:collabtender:problem:payload-too-large");
}

TEST_CASE("a chunked body that grows past the limit is a 413") {
    Server s;
    std::string request = "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n";
    const std::string chunk(64 * 1024, ' ');
    for (int i = 0; i < 24; ++i) request += "10000\r\n" + chunk + "\r\n";
    request += "0\r\n\r\n";
    CHECK(exchange_raw(s.server.port(), request).status == 413);
}

TEST_CASE("made-up methods are answered and counted under one label") {
    Server s;
    CHECK(exchange_raw(s.server.port(), "BREW /healthz HTTP/1.1\r\nHost: x\r\n\r\n").status == 405);
    const auto metrics = get(s.server.port(), "/metrics", test_metrics_token).body;
    CHECK(metrics.find("method=\"OTHER\",route=\"unmatched\",status=\"405\"") != std::string::npos);
    CHECK(metrics.find("BREW") == std::string::npos);
}

TEST_CASE("headers over the limit are a 431") {
    Server s;
    const std::string request =
        "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: " + std::string(20 * 1024, 'a') + "\r\n\r\n";
    const auto response = exchange_raw(s.server.port(), request);
    CHECK(response.status == 431);
}

TEST_CASE("a client that stops sending is disconnected after the read timeout") {
    Server s;
    const auto started = std::chrono::steady_clock::now();
    const auto response = exchange_raw(s.server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n", std::chrono::seconds{20});
    const auto waited = std::chrono::steady_clock::now() - started;
    CHECK(response.status == 0);
    CHECK(waited >= std::chrono::milliseconds{1500});
    CHECK(waited < std::chrono::seconds{10});
}

TEST_CASE("X-Request-Id is echoed when given and generated otherwise") {
    Server s;
    const auto given = send(s.server.port(), {"GET", "/metrics", "", "", test_metrics_token, {{"X-Request-Id", "trace-42.a_b"}}});
    CHECK(given.header("x-request-id") == "trace-42.a_b");
    const auto hostile = send(s.server.port(), {"GET", "/healthz", "", "", "", {{"X-Request-Id", "bad id\" injected"}}});
    CHECK(hostile.header("x-request-id").size() == 24);
    CHECK(get(s.server.port(), "/healthz").header("x-request-id") != get(s.server.port(), "/healthz").header("x-request-id"));
    CHECK(s.server.log_shows("request request_id=trace-42.a_b method=GET route=/metrics status=200"));
}

TEST_CASE("a keep-alive connection serves several requests in turn") {
    Server s;
    const std::string two =
        "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /nowhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    const auto responses = exchange_raw_many(s.server.port(), two, 2);
    REQUIRE(responses.size() == 2);
    CHECK(responses[0].status == 200);
    CHECK(responses[0].header("connection") != "close");
    CHECK(responses[1].status == 404);
    CHECK(responses[1].header("connection") == "close");
}
