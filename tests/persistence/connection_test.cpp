// What every connection of the service sets up before its first statement.
#include <doctest/doctest.h>

#include <string>

#include "persistence/database.hpp"
#include "persistence/tx.hpp"
#include "tests/support/test_database.hpp"

using namespace collabtender;

// PostgreSQL compiles a statement with LLVM before running it when its estimated
// cost passes jit_above_cost (on by default in Debian's build). The notices sent
// on a bid's submission, estimated high for branches they never take, spent 65 to
// 190 ms each compiling and under a millisecond running: ten times the whole
// request. A service of short statements never gains from it.
TEST_CASE("the service's database sessions never compile a statement just in time") {
    test::TestDatabase db{test::TestDatabase::Schema::empty};
    persistence::Connection connection{persistence::DatabaseConfig{db.url()}};
    std::string jit;
    connection.autocommit([&](persistence::Tx& tx) { jit = tx.exec1("SHOW jit")[0].as<std::string>(); });
    CHECK(jit == "off");
}
