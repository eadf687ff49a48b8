#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/settings/settings_json.hpp"

namespace collabtender::api {

// GET /api/v1/settings (app::read_installation_settings): admins only.
Response get_settings(const Request&, Context& context) {
    return json_response(200, settings_json(app::read_installation_settings(*context.db)));
}

}  // namespace collabtender::api
