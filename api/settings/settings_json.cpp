#include "api/settings/settings_json.hpp"

#include <boost/json.hpp>

#include "domain/time_format.hpp"

namespace collabtender::api {

boost::json::object settings_json(const app::SettingsRead& settings) {
    boost::json::object changes;
    for (const auto& [name, record] : settings.changes) {
        if (!record.changed_by) continue;  // as installed
        changes[name] = {{"changed_by", *record.changed_by},
                         {"changed_by_name", record.changed_by_name.value_or("")},
                         {"changed_at", domain::format_rfc3339(record.changed_at)}};
    }
    const auto& values = settings.values;
    return {
        {"two_factor_required", values.two_factor_required},
        {"real_living_wage_pence", values.real_living_wage_pence ? boost::json::value(*values.real_living_wage_pence)
                                                                 : boost::json::value(nullptr)},
        {"invitation_lifetime_days", values.invitation_lifetime_days},
        {"changes", std::move(changes)}};
}

}  // namespace collabtender::api
