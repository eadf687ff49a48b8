// Liveness, readiness, metrics and the OpenAPI document, over HTTP.
#include <doctest/doctest.h>

#include <map>
#include <sstream>
#include <string>

#include <boost/json.hpp>

#include "tests/support/accounts.hpp"
#include "tests/support/http_client.hpp"
#include "tests/support/server_process.hpp"
#include "tests/support/test_database.hpp"

using namespace collabtender::test;

TEST_CASE("readyz fails until the migrations are applied, then passes") {
    TestDatabase db;
    ServerProcess server{db.url(), {"--no-migrate"}};
    CHECK(get(server.port(), "/healthz").status == 200);
    const auto before = get(server.port(), "/readyz");
    CHECK(before.status == 503);
    CHECK_FALSE(before.header("retry-after").empty());
    CHECK(before.json().at("type").as_string() == "urn:collabtender:problem:service-unavailable");

    const auto migrated = run_collabtender({"migrate", "--database-url", db.url()});
    REQUIRE_MESSAGE(migrated.exit_code == 0, migrated.output);
    const auto after = get(server.port(), "/readyz");
    CHECK(after.status == 200);
    CHECK(after.json().at("status").as_string() == "ready");
}

TEST_CASE("serve applies migrations at start-up") {
    TestDatabase db;
    ServerProcess server{db.url()};
    CHECK(get(server.port(), "/readyz").status == 200);
}

TEST_CASE("metrics count requests by route and status and show the pool") {
    TestDatabase db;
    ServerProcess server{db.url()};
    get(server.port(), "/healthz");
    get(server.port(), "/healthz");
    get(server.port(), "/api/v1/nowhere");
    const auto metrics = get(server.port(), "/metrics", test_metrics_token);
    CHECK(metrics.status == 200);
    CHECK(metrics.header("content-type").rfind("text/plain", 0) == 0);
    const auto& text = metrics.body;
    CHECK(text.find("collabtender_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} ") !=
          std::string::npos);
    CHECK(text.find("collabtender_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"} 1") !=
          std::string::npos);
    CHECK(text.find("collabtender_http_request_duration_seconds_bucket{method=\"GET\",route=\"/healthz\",le=\"+Inf\"}") !=
          std::string::npos);
    CHECK(text.find("collabtender_db_pool_workers 4") != std::string::npos);
    CHECK(text.find("collabtender_db_pool_in_use ") != std::string::npos);
    CHECK(text.find("collabtender_db_pool_waiting ") != std::string::npos);
}

TEST_CASE("the OpenAPI document is served") {
    TestDatabase db;
    ServerProcess server{db.url()};
    const auto response = get(server.port(), "/api/v1/openapi.json");
    CHECK(response.status == 200);
    CHECK(response.json().at("openapi").as_string() == "3.1.0");
}

TEST_CASE("a load balancer's health checks are counted, and logged at debug level only") {
    TestDatabase db;
    const auto probe = [](const ServerProcess& server) {
        REQUIRE(send(server.port(), {"GET", "/healthz", "", "", "", {{"X-Request-Id", "probe-1"}}}).status == 200);
        REQUIRE(send(server.port(), {"GET", "/readyz", "", "", "", {{"X-Request-Id", "probe-2"}}}).status == 200);
        REQUIRE(send(server.port(), {"GET", "/metrics", "", "", test_metrics_token, {{"X-Request-Id", "after-probes"}}}).status == 200);
        REQUIRE(server.log_shows("request_id=after-probes "));  // lines are written in order
    };
    SUBCASE("at the default level") {
        ServerProcess server{db.url()};
        probe(server);
        CHECK(server.log().find("request_id=probe-1 ") == std::string::npos);
        CHECK(server.log().find("request_id=probe-2 ") == std::string::npos);
        CHECK(get(server.port(), "/metrics", test_metrics_token).body.find("requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"}") !=
              std::string::npos);
    }
    SUBCASE("at debug level") {
        ServerProcess server{db.url(), {"--log-level", "debug"}};
        probe(server);
        CHECK(server.log().find("request_id=probe-1 method=GET route=/healthz status=200") != std::string::npos);
        CHECK(server.log().find("request_id=probe-2 method=GET route=/readyz status=200") != std::string::npos);
    }
}

TEST_CASE("JSON log format writes one JSON object per line") {
    TestDatabase db;
    ServerProcess server{db.url(), {"--log-format", "json"}};
    get(server.port(), "/metrics", test_metrics_token);
    REQUIRE(server.log_shows("route=/metrics"));
    std::istringstream lines{server.log()};
    std::string line;
    int parsed = 0;
    while (std::getline(lines, line)) {
        if (line.empty() || line.front() != '{') continue;
        const auto object = boost::json::parse(line).as_object();
        CHECK(object.contains("time"));
        CHECK(object.contains("level"));
        ++parsed;
    }
    CHECK(parsed >= 2);
}

namespace {

// The request log line with this X-Request-Id, once it has been written.
std::string logged_line(const ServerProcess& server, const std::string& request_id) {
    REQUIRE(server.log_shows("request_id=" + request_id + " "));
    std::istringstream lines{server.log()};
    std::string line;
    while (std::getline(lines, line))
        if (line.find("request_id=" + request_id + " ") != std::string::npos) return line;
    return {};
}

HttpResponse get_forwarded(std::uint16_t port, const std::string& request_id, const std::string& forwarded_for) {
    HttpRequest request;
    request.target = "/metrics";
    request.bearer = test_metrics_token;
    request.headers = {{"X-Request-Id", request_id}, {"X-Forwarded-For", forwarded_for}};
    return send(port, request);
}

}  // namespace

TEST_CASE("behind a trusted proxy the client's own address is logged, not the proxy's") {
    TestDatabase db;
    ServerProcess server{db.url(), {"--trusted-proxy", "10.0.0.0/8, 127.0.0.1"}};
    // HAProxy appends the address it saw; anything to its left came from the client.
    REQUIRE(get_forwarded(server.port(), "behind-proxy", "192.0.2.66, 203.0.113.7").status == 200);
    CHECK(logged_line(server, "behind-proxy").find(" client=203.0.113.7") != std::string::npos);
    SUBCASE("a request straight to the instance is logged with its own address") {
        REQUIRE(get(server.port(), "/healthz").status == 200);
        REQUIRE(get_forwarded(server.port(), "no-header", "").status == 200);
        CHECK(logged_line(server, "no-header").find(" client=127.0.0.1") != std::string::npos);
    }
}

TEST_CASE("without --trusted-proxy a client cannot choose the address that is logged") {
    TestDatabase db;
    ServerProcess server{db.url()};
    REQUIRE(get_forwarded(server.port(), "spoofing", "203.0.113.7").status == 200);
    const auto line = logged_line(server, "spoofing");
    CHECK(line.find(" client=127.0.0.1") != std::string::npos);
    CHECK(line.find("203.0.113.7") == std::string::npos);
}

TEST_CASE("a --trusted-proxy that is not an address or network stops start-up with a message") {
    TestDatabase db;
    const auto result = run_collabtender({"serve", "--database-url", db.url(), "--trusted-proxy", "127.0.0.1,haproxy.local"});
    CHECK(result.exit_code == 2);
    CHECK(result.output.find("haproxy.local") != std::string::npos);
}

TEST_CASE("each request's log line and the metrics say how many database statements it ran") {
    TestDatabase db;
    ServerProcess server{db.url(), {"--log-format", "json"}};
    const auto organisation = create_organisation(db.url(), "Pilton Community Health", "provider");
    create_user(db.url(), organisation, "counted@pilton.example", "provider", "a long enough passphrase");
    const auto token = login(server.port(), "counted@pilton.example", "a long enough passphrase");
    const auto request = [&](const std::string& id, const std::string& bearer) {
        return send(server.port(), {"GET", "/api/v1/me", {}, "application/json", bearer, {{"X-Request-Id", id}}});
    };
    REQUIRE(request("counted-me", token).status == 200);
    REQUIRE(request("anonymous-me", "").status == 401);

    // Finding who sent it counts; an anonymous request is refused before any.
    REQUIRE(server.log_shows("request_id=anonymous-me "));
    std::istringstream lines{server.log()};
    std::string line;
    std::map<std::string, boost::json::object> logged;
    while (std::getline(lines, line))
        if (line.starts_with("{"))
            if (auto object = boost::json::parse(line).as_object(); object.contains("request_id"))
                logged[std::string{object.at("request_id").as_string()}] = object;
    REQUIRE(logged.contains("counted-me"));
    CHECK(logged.at("counted-me").at("route").as_string() == "/api/v1/me");
    const auto counted = logged.at("counted-me").at("statements").as_int64();
    CHECK(counted >= 2);  // the session, then the account
    CHECK(counted <= 4);
    CHECK(logged.at("anonymous-me").at("statements").as_int64() == 0);

    const auto metrics = get(server.port(), "/metrics", test_metrics_token).body;
    CHECK(metrics.find("collabtender_http_request_statements_sum{method=\"GET\",route=\"/api/v1/me\"} " +
                       std::to_string(counted)) != std::string::npos);
    CHECK(metrics.find("collabtender_http_request_statements_count{method=\"GET\",route=\"/api/v1/me\"} 2") !=
          std::string::npos);
}

TEST_CASE("a text log line says statements=N") {
    TestDatabase db;
    ServerProcess server{db.url()};
    REQUIRE(send(server.port(), {"GET", "/api/v1/tenders", {}, "application/json", {}, {{"X-Request-Id", "listed"}}})
                .status == 200);
    CHECK(server.statements_of("listed") >= 1);
}

TEST_CASE("a test server's port is read from its log only once the whole line is there") {
    CHECK(listened_port("") == 0);
    CHECK(listened_port("[info] listening on http://127.0.0.1:4") == 0);
    CHECK(listened_port("[info] listening on http://127.0.0.1:43617") == 0);
    CHECK(listened_port("[info] applied\n[info] listening on http://127.0.0.1:43617\n[info] mail") == 43617);
}
