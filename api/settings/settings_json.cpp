#include "api/settings/settings_json.hpp"

#include <boost/json.hpp>

#include "domain/time_format.hpp"

namespace collabtender::api {

boost::json::object settings_json(const app::SettingsRead& settings) {
    boost::json::object changes;
    for (const auto& [name, record] : settings.changes) {
        if (!record.changed_by) continue;  // as installed
        changes[name] = {{"changed_by", *record.changed_by}, {"changed_at", domain::format_rfc3339(record.changed_at)}};
    }
    return {{"two_factor_required", settings.values.two_factor_required}, {"changes", std::move(changes)}};
}

}  // namespace collabtender::api
