#pragma once

namespace pqxx {
class connection_base;
}

namespace collabtender::persistence {

// Registers every prepared statement on a fresh connection. All SQL the service
// runs at request time is named in persistence/statements.cpp.
void prepare_statements(pqxx::connection_base& connection);

}  // namespace collabtender::persistence
