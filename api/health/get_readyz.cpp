#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "persistence/migrations.hpp"

namespace collabtender::api {

// Ready when the database answers and holds every migration this build carries,
// so a load balancer sends no traffic to an instance whose schema is behind. A
// newer schema is fine: during a rolling upgrade the new instances migrate first
// and migrations only add.
Response get_readyz(const Request&, Context& context) {
    int applied = 0;
    context.db->transact([&](persistence::Tx& tx) { applied = persistence::applied_migration_version(tx); });
    const int expected = persistence::latest_migration_version();
    if (applied < expected)
        throw problems::unavailable("The database schema is at version " + std::to_string(applied) +
                                    "; this build needs " + std::to_string(expected) + ".");
    return json_response(200, boost::json::object{{"status", "ready"}, {"schema_version", applied}});
}

}  // namespace collabtender::api
