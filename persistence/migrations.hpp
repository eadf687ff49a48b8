#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "persistence/database.hpp"

namespace collabtender::persistence {

struct Migration {
    int version;
    std::string name;
    std::string_view sql;
};

// The numbered files of sql/, compiled into the binary, in order. Throws if a name
// does not start with a unique number.
std::vector<Migration> migrations();
int latest_migration_version();

// Applies pending migrations, each in its own transaction, under an advisory lock
// so that instances starting together apply each one exactly once. Refuses to run
// if an applied migration's text has changed since. Returns how many it applied.
int migrate(const std::string& database_url);

// Highest applied version; 0 when nothing has been applied.
int applied_migration_version(Tx& tx);

}  // namespace collabtender::persistence
