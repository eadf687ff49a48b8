#include "persistence/audit_repository.hpp"

#include <doctest/doctest.h>

#include <vector>

#include "app/audit.hpp"
#include "tests/support/test_database.hpp"

using namespace collabtender;

// The database numbers and hashes each event (sql/038_audit_append.sql); the
// service verifies the chain with its own SHA-256. Both must agree on every byte,
// Gaelic and emoji included.
TEST_CASE("an event appended in one statement is numbered and hashed as verification expects") {
    test::TestDatabase db;
    db.migrate();
    persistence::Connection connection{persistence::DatabaseConfig{db.url()}};
    const auto now = domain::TimePoint{} + std::chrono::hours{24 * 365 * 56};
    const std::string prefix = R"({"chain":"global","position":)";
    const std::string suffix = R"(,"after":{"name":"Cùram Dachaigh 🙂"}})";
    const persistence::AuditEvent event{"global", std::nullopt, now, prefix, suffix};
    std::uint64_t statements = connection.statements();
    connection.transact([&](persistence::Tx& tx) {
        persistence::append_event(tx, event);
        persistence::append_event(tx, event);
    });
    CHECK(connection.statements() - statements == 2);

    std::vector<persistence::AuditLink> links;
    connection.transact([&](persistence::Tx& tx) {
        persistence::visit_links(tx, std::string{"global"}, [&](const auto& link) { links.push_back(link); });
    });
    REQUIRE(links.size() == 2);
    CHECK(links[0].event == prefix + "1" + suffix);
    CHECK(links[0].previous_hash == std::string(64, '0'));
    CHECK(links[0].hash == app::link_hash(links[0].previous_hash, links[0].event));
    CHECK(links[1].event == prefix + "2" + suffix);
    CHECK(links[1].previous_hash == links[0].hash);
    CHECK(links[1].hash == app::link_hash(links[1].previous_hash, links[1].event));
}
