#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"

namespace collabtender::api {

// Liveness only: answers while the process can serve HTTP, whatever the database does.
Response get_healthz(const Request&, Context&) { return json_response(200, boost::json::object{{"status", "alive"}}); }

}  // namespace collabtender::api
