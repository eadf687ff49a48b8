#include "persistence/statements.hpp"

#include <span>

#include <pqxx/pqxx>

#include "persistence/statement.hpp"

namespace collabtender::persistence {

// Generated from persistence/sql/*.sql (persistence/sql/embed_statements.cpp).
std::span<const Statement* const> all_statements();

void prepare_statements(pqxx::connection_base& connection) {
    for (const auto* statement : all_statements()) connection.prepare(statement->name, statement->text);
}

}  // namespace collabtender::persistence
