// Liveness, readiness, metrics and the OpenAPI document, over HTTP.
#include <doctest/doctest.h>

#include <boost/json.hpp>

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
    const auto metrics = get(server.port(), "/metrics");
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

TEST_CASE("JSON log format writes one JSON object per line") {
    TestDatabase db;
    ServerProcess server{db.url(), {"--log-format", "json"}};
    get(server.port(), "/healthz");
    REQUIRE(server.log_shows("route=/healthz"));
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
