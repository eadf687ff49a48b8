#include "api/problem.hpp"

#include <boost/json.hpp>
#include <doctest/doctest.h>

using namespace collabtender::api;

TEST_CASE("a problem renders as RFC 9457 JSON with a stable type") {
    const auto response = problems::not_found().to_response("/api/v1/x");
    CHECK(response.status == 404);
    CHECK(response.content_type == "application/problem+json");
    const auto body = boost::json::parse(response.body).as_object();
    CHECK(body.at("type").as_string() == "urn:collabtender:problem:not-found");
    CHECK(body.at("status").as_int64() == 404);
    CHECK(body.at("instance").as_string() == "/api/v1/x");
    CHECK(body.contains("title"));
    CHECK(body.contains("detail"));
    CHECK_FALSE(body.contains("errors"));
}

TEST_CASE("a validation problem lists each offending field") {
    const auto response =
        problems::validation({{"/email", "required", "is required"}, {"/password", "required", "is required"}})
            .to_response("/api/v1/auth/login");
    CHECK(response.status == 422);
    const auto errors = boost::json::parse(response.body).at("errors").as_array();
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].at("pointer").as_string() == "/email");
    CHECK(errors[1].at("pointer").as_string() == "/password");
    CHECK(errors[0].at("detail").as_string() == "is required");
}

TEST_CASE("problems carry the headers their status calls for") {
    const auto allow = problems::method_not_allowed({"GET", "POST"}).to_response("");
    CHECK(allow.headers == std::vector<std::pair<std::string, std::string>>{{"Allow", "GET, POST"}});
    const auto unavailable = problems::unavailable("down", 7).to_response("");
    CHECK(unavailable.status == 503);
    CHECK(unavailable.headers == std::vector<std::pair<std::string, std::string>>{{"Retry-After", "7"}});
}
