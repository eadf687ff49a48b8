// The clock HTTP tests move instead of sleeping (`serve --test-clock`, POST
// /test/clock) is for tests only: refused unless the server listens on loopback,
// and absent from a server started without it.
#include <doctest/doctest.h>

#include <chrono>

#include "tests/support/http_client.hpp"
#include "tests/support/server_process.hpp"
#include "tests/support/test_database.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

TEST_CASE("--test-clock is refused unless the server listens on loopback") {
    TestDatabase db;
    const auto refused = run_collabtender({"serve", "--test-clock", "--listen", "0.0.0.0:0", "--database-url", db.url()});
    CHECK(refused.exit_code == 2);
    CHECK_MESSAGE(refused.output.find("--test-clock is for tests") != std::string::npos, refused.output);
    // The same when it comes from the environment, as a deployment would set it.
    const auto from_environment = run_collabtender({"serve", "--listen", "0.0.0.0:0", "--database-url", db.url()}, {},
                                                   {"COLLABTENDER_TEST_CLOCK=1"});
    CHECK(from_environment.exit_code == 2);
    CHECK_MESSAGE(from_environment.output.find("--test-clock is for tests") != std::string::npos, from_environment.output);
}

TEST_CASE("a server started without --test-clock has no /test/clock, and a test server's clock only moves forward") {
    TestDatabase db;
    {
        ServerProcess production{db.url(), {}, ServerClock::real};
        CHECK(post_json(production.port(), "/test/clock", R"({"seconds": 86400})").status == 404);
    }
    const ServerProcess test{db.url()};
    const auto before = std::chrono::system_clock::now();
    const auto moved = test.pass_time(86400s);
    CHECK(moved >= before + 86400s);
    CHECK(moved < std::chrono::system_clock::now() + 86400s + 60s);
    CHECK(post_json(test.port(), "/test/clock", R"({"seconds": -1})").status == 422);
    CHECK(test.pass_time(0s) >= moved);
}
