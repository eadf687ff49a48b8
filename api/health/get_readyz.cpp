#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "app/health/readiness.hpp"

namespace collabtender::api {

// Ready (app::readiness) when the database answers and holds every migration
// this build carries, so a load balancer sends no traffic to an instance whose
// schema is behind.
Response get_readyz(const Request&, Context& context) {
    const auto readiness = app::readiness(*context.db);
    if (!readiness.ready())
        throw problems::unavailable("The database schema is at version " + std::to_string(readiness.schema_version) +
                                    "; this build needs " + std::to_string(readiness.needed) + ".");
    return json_response(200, boost::json::object{{"status", "ready"}, {"schema_version", readiness.schema_version}});
}

}  // namespace collabtender::api
