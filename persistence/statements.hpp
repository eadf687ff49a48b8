#pragma once

namespace pqxx {
class connection_base;
}

namespace collabtender::persistence {

// Registers every prepared statement on a fresh connection: all the SQL the service
// runs at request time, from the files persistence/sql/*.sql.
void prepare_statements(pqxx::connection_base& connection);

}  // namespace collabtender::persistence
