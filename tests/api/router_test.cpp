#include "api/router.hpp"

#include <doctest/doctest.h>

using namespace collabtender::api;

namespace {
Response ok(const Request&, Context&) { return {}; }

Router sample() {
    Router router;
    router.add({"GET", "/api/v1/tenders", Access::any_role(), true, ok});
    router.add({"POST", "/api/v1/tenders", Access::any_role(), true, ok});
    router.add({"GET", "/api/v1/tenders/{tender_id}/lots/{lot_id}", Access::any_role(), true, ok});
    router.add({"DELETE", "/api/v1/tenders/{tender_id}/lots/{lot_id}", Access::any_role(), true, ok});
    return router;
}
}  // namespace

TEST_CASE("path templates bind named parameters") {
    const auto router = sample();
    const auto match = router.match("GET", "/api/v1/tenders/t1/lots/l9");
    REQUIRE(match.route != nullptr);
    CHECK(match.route->path == "/api/v1/tenders/{tender_id}/lots/{lot_id}");
    CHECK(match.params.at("tender_id") == "t1");
    CHECK(match.params.at("lot_id") == "l9");
}

TEST_CASE("a known path with another method lists the allowed methods") {
    const auto match = sample().match("PUT", "/api/v1/tenders/t1/lots/l9");
    CHECK(match.route == nullptr);
    CHECK(match.allowed == std::vector<std::string>{"DELETE", "GET"});
}

TEST_CASE("unknown paths, extra segments, empty parameters and trailing slashes do not match") {
    const auto router = sample();
    for (const char* path : {"/api/v1/nothing", "/api/v1/tenders/t1/lots/l9/x", "/api/v1/tenders//lots/l9",
                             "/api/v1/tenders/", "/"}) {
        const auto match = router.match("GET", path);
        CHECK_MESSAGE(match.route == nullptr, path);
        CHECK_MESSAGE(match.allowed.empty(), path);
    }
}

TEST_CASE("registering a route twice is refused") {
    auto router = sample();
    CHECK_THROWS_AS(router.add({"GET", "/api/v1/tenders", Access::anyone(), false, ok}), std::invalid_argument);
}

TEST_CASE("signed-in routes always run where the database is") {
    CHECK(Route{"GET", "/x", Access::any_role(), false, ok}.needs_db());
    CHECK_FALSE(Route{"GET", "/x", Access::anyone(), false, ok}.needs_db());
}
