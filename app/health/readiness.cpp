#include "app/health/readiness.hpp"

#include "persistence/migrations.hpp"

namespace collabtender::app {

Readiness readiness(persistence::Connection& db) {
    Readiness out;
    db.transact([&](persistence::Tx& tx) { out.schema_version = persistence::applied_migration_version(tx); });
    out.needed = persistence::latest_migration_version();
    return out;
}

}  // namespace collabtender::app
