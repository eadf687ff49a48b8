// What every connection of the service sets up before its first statement, and
// how its transactions commit.
#include <doctest/doctest.h>

#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>

#include "persistence/audit_repository.hpp"
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

namespace {

persistence::AuditEvent global_event(const std::optional<domain::TenderId>& tender_id = std::nullopt) {
    return {"global", tender_id, domain::TimePoint{} + std::chrono::hours{24 * 365 * 56},
            R"({"chain":"global","position":)", R"(,"after":null})"};
}

std::int64_t global_chain_length(persistence::Connection& connection) {
    std::int64_t length = 0;
    connection.autocommit([&](persistence::Tx& tx) {
        for (const auto& [chain, head] : persistence::chain_heads(tx, std::string{"global"})) length = head.position;
    });
    return length;
}

}  // namespace

// An audit event is sent with the transaction's COMMIT, so that its chain's head
// is locked for the commit alone (persistence/committing_transaction.hpp).
TEST_CASE("a write queued for the commit is sent with it, or with the next statement that might read it") {
    test::TestDatabase db;
    db.migrate();
    persistence::Connection connection{persistence::DatabaseConfig{db.url()}};

    SUBCASE("committed with the transaction, and counted") {
        const auto before = connection.statements();
        connection.transact([&](persistence::Tx& tx) { persistence::append_event(tx, global_event()); });
        CHECK(connection.statements() - before == 1);
        CHECK(global_chain_length(connection) == 1);
    }
    SUBCASE("a later statement of the transaction reads what it wrote") {
        std::int64_t seen = 0;
        connection.transact([&](persistence::Tx& tx) {
            persistence::append_event(tx, global_event());
            for (const auto& [chain, head] : persistence::chain_heads(tx, std::string{"global"})) seen = head.position;
        });
        CHECK(seen == 1);
    }
    SUBCASE("never sent when the transaction fails first") {
        CHECK_THROWS_AS(connection.transact([&](persistence::Tx& tx) {
            persistence::append_event(tx, global_event());
            throw std::runtime_error{"refused after the event was queued"};
        }),
                        std::runtime_error);
        CHECK(global_chain_length(connection) == 0);
    }
    SUBCASE("its error comes from the commit, nothing is saved, and the connection goes on") {
        // No such tender: the event's foreign key refuses it.
        const domain::TenderId missing{"00000000-0000-4000-8000-000000000000"};
        bool queued = false;  // still true when the refused event was not sent at once
        CHECK_THROWS_AS(connection.transact([&](persistence::Tx& tx) {
            persistence::append_event(tx, global_event());
            persistence::append_event(tx, global_event(missing));
            queued = true;
        }),
                        persistence::ConstraintViolation);
        CHECK(queued);
        CHECK(global_chain_length(connection) == 0);
        connection.transact([&](persistence::Tx& tx) { persistence::append_event(tx, global_event()); });
        CHECK(global_chain_length(connection) == 1);
    }
}
