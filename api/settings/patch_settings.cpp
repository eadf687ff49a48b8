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
    std::int64_t pence = 0;
    if (fields.money("real_living_wage_pence", pence, app::Need::optional)) change.real_living_wage_pence = pence;
    int days = 0;
    if (fields.integer("invitation_lifetime_days", days, app::Need::optional)) change.invitation_lifetime_days = days;
    fields.finish();
    return json_response(
        200, settings_json(app::change_installation_settings(*context.db, context.principal, change, context.now)));
}

}  // namespace collabtender::api
