#include "persistence/migrations.hpp"

#include <future>

#include <doctest/doctest.h>

#include "tests/support/test_database.hpp"

using namespace collabtender;

namespace {
// Every column of every table in the public schema, to compare before and after.
const char* schema_snapshot =
    "SELECT string_agg(table_name || '.' || column_name || ':' || data_type, ',' ORDER BY table_name, column_name) "
    "FROM information_schema.columns WHERE table_schema = 'public'";
}  // namespace

TEST_CASE("the embedded migrations are numbered from 1 without gaps") {
    const auto all = persistence::migrations();
    REQUIRE_FALSE(all.empty());
    for (std::size_t i = 0; i < all.size(); ++i) CHECK(all[i].version == static_cast<int>(i + 1));
    CHECK(persistence::latest_migration_version() == all.back().version);
}

TEST_CASE("migrations apply once, and applying them again changes nothing") {
    test::TestDatabase db;
    CHECK(persistence::migrate(db.url()) == persistence::latest_migration_version());
    const auto schema = db.scalar(schema_snapshot);
    const auto recorded = db.scalar("SELECT string_agg(version || name || checksum, ',') FROM schema_migration");
    CHECK(persistence::migrate(db.url()) == 0);
    CHECK(db.scalar(schema_snapshot) == schema);
    CHECK(db.scalar("SELECT string_agg(version || name || checksum, ',') FROM schema_migration") == recorded);
}

TEST_CASE("instances migrating at the same time apply each migration exactly once") {
    test::TestDatabase db;
    auto first = std::async(std::launch::async, [&] { return persistence::migrate(db.url()); });
    auto second = std::async(std::launch::async, [&] { return persistence::migrate(db.url()); });
    CHECK(first.get() + second.get() == persistence::latest_migration_version());
    CHECK(db.scalar("SELECT count(*) FROM schema_migration") == std::to_string(persistence::latest_migration_version()));
}

TEST_CASE("a migration edited after it was applied stops the service from migrating") {
    test::TestDatabase db;
    db.migrate();
    db.exec("UPDATE schema_migration SET checksum = 'edited' WHERE version = 1");
    CHECK_THROWS_WITH(persistence::migrate(db.url()), doctest::Contains("changed after it was applied"));
}

TEST_CASE("an unreachable database is reported as unavailable, not as a crash") {
    CHECK_THROWS_AS(persistence::migrate("postgresql://nobody@127.0.0.1:1/none"), persistence::Unavailable);
}
