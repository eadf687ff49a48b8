#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/settings/settings_json.hpp"

namespace collabtender::api {

// PATCH /api/v1/settings (app::change_installation_settings): only the settings
// given change, each audited.
Response patch_settings(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    app::FieldReader fields{body};
    app::SettingsChange change;
    bool required = false;
    if (fields.boolean("two_factor_required", required, app::Need::optional)) change.two_factor_required = required;
    fields.finish();
    return json_response(
        200, settings_json(app::change_installation_settings(*context.db, context.principal, change, context.now)));
}

}  // namespace collabtender::api
