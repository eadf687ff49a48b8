#pragma once

// For repositories only: the libpqxx transaction behind persistence::Tx.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include <pqxx/pqxx>

#include "persistence/committing_transaction.hpp"
#include "persistence/statement.hpp"

namespace collabtender::persistence {

// Every statement a repository runs goes through here, so that each is counted:
// a request's log line and /metrics say how many statements it ran (BEGIN and
// COMMIT are not counted); at log level trace each is named as it runs.
class Tx {
public:
    // `committing`: the transaction's, when statements may wait for its commit (not
    // when each statement commits on its own).
    Tx(pqxx::transaction_base& work, std::uint64_t& statements, CommittingTransaction* committing = nullptr)
        : work_{work}, statements_{statements}, committing_{committing} {}

    template <typename... Args>
    pqxx::result exec_prepared(const Statement& statement, Args&&... args) {
        before(statement.name);
        return work_.exec_prepared(statement.name, std::forward<Args>(args)...);
    }
    template <typename... Args>
    pqxx::result exec_prepared0(const Statement& statement, Args&&... args) {
        before(statement.name);
        return work_.exec_prepared0(statement.name, std::forward<Args>(args)...);
    }
    template <typename... Args>
    pqxx::row exec_prepared1(const Statement& statement, Args&&... args) {
        before(statement.name);
        return work_.exec_prepared1(statement.name, std::forward<Args>(args)...);
    }
    // A write whose result nobody reads: it waits, and goes with the transaction's
    // COMMIT in one round trip (CommittingTransaction), or, if the transaction runs
    // another statement first, in a round trip of its own just before that one.
    // Outside a transaction it runs at once.
    template <typename... Args>
    void exec_prepared_at_commit(const Statement& statement, const Args&... args) {
        if (committing_ == nullptr) {
            exec_prepared(statement, args...);
            return;
        }
        count(statement.name);
        work_.conn().prepare_now(statement.name);  // EXECUTE finds only what the server has
        std::string sql = std::string{"EXECUTE "} + statement.name + "(";
        std::size_t n = 0;
        ((sql += (n++ == 0 ? "" : ", ") + quoted(args)), ...);
        committing_->at_commit(sql + ")");
    }
    pqxx::row exec1(const std::string& sql) {
        before(sql);
        return work_.exec1(sql);
    }
    // For a cursor and for quoting; a cursor counts each of its round trips itself.
    pqxx::transaction_base& work() {
        if (committing_ != nullptr) committing_->flush();
        return work_;
    }
    void count_statement() { count("cursor fetch"); }

private:
    void count(std::string_view statement);
    // Counts the statement, after sending what waits for the commit: the statement
    // might read it.
    void before(std::string_view statement) {
        if (committing_ != nullptr) committing_->flush();
        count(statement);
    }
    template <typename T>
    std::string quoted(const T& value) {
        return work_.quote(value);
    }

    pqxx::transaction_base& work_;
    std::uint64_t& statements_;
    CommittingTransaction* committing_;
};

}  // namespace collabtender::persistence
