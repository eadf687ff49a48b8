#pragma once

// For repositories only: the libpqxx transaction behind persistence::Tx.
#include <cstdint>
#include <string_view>
#include <utility>

#include <pqxx/pqxx>

#include "persistence/statement.hpp"

namespace collabtender::persistence {

// Every statement a repository runs goes through here, so that each is counted:
// a request's log line and /metrics say how many statements it ran (BEGIN and
// COMMIT are not counted); at log level trace each is named as it runs.
class Tx {
public:
    Tx(pqxx::transaction_base& work, std::uint64_t& statements) : work_{work}, statements_{statements} {}

    template <typename... Args>
    pqxx::result exec_prepared(const Statement& statement, Args&&... args) {
        count(statement.name);
        return work_.exec_prepared(statement.name, std::forward<Args>(args)...);
    }
    template <typename... Args>
    pqxx::result exec_prepared0(const Statement& statement, Args&&... args) {
        count(statement.name);
        return work_.exec_prepared0(statement.name, std::forward<Args>(args)...);
    }
    template <typename... Args>
    pqxx::row exec_prepared1(const Statement& statement, Args&&... args) {
        count(statement.name);
        return work_.exec_prepared1(statement.name, std::forward<Args>(args)...);
    }
    pqxx::row exec1(const std::string& sql) {
        count(sql);
        return work_.exec1(sql);
    }
    // For a cursor and for quoting; a cursor counts each of its round trips itself.
    pqxx::transaction_base& work() { return work_; }
    void count_statement() { count("cursor fetch"); }

private:
    void count(std::string_view statement);

    pqxx::transaction_base& work_;
    std::uint64_t& statements_;
};

}  // namespace collabtender::persistence
