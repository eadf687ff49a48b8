#pragma once

#include "persistence/database.hpp"

namespace collabtender::app {

// Whether the database answers and holds every migration this build carries. A
// newer schema is fine: during a rolling upgrade the new instances migrate first
// and migrations only add.
struct Readiness {
    int schema_version = 0;  // the database's
    int needed = 0;          // this build's latest migration
    bool ready() const { return schema_version >= needed; }
};

// Refuses nothing; a database that does not answer is the caller's error to map.
Readiness readiness(persistence::Connection& db);

}  // namespace collabtender::app
