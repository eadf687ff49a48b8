#include "app/settings/installation_settings.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::app {
namespace {

domain::InstallationSettings parsed(const std::map<std::string, persistence::SettingRecord>& stored) {
    domain::InstallationSettings out;
    if (const auto found = stored.find("two_factor_required"); found != stored.end()) {
        const auto value = persistence::parse_stored_json(found->second.value);
        if (value.is_bool()) out.two_factor_required = value.as_bool();
    }
    return out;
}

}  // namespace

domain::InstallationSettings current_settings(persistence::Tx& tx) {
    return parsed(persistence::installation_settings(tx));
}

SettingsRead read_installation_settings(persistence::Connection& db) {
    SettingsRead out;
    db.transact([&](persistence::Tx& tx) {
        out.changes = persistence::installation_settings(tx);
        out.values = parsed(out.changes);
    });
    return out;
}

SettingsRead change_installation_settings(persistence::Connection& db, const std::optional<domain::Principal>& admin,
                                          const SettingsChange& change, domain::TimePoint now) {
    db.transact([&](persistence::Tx& tx) {
        const auto before = current_settings(tx);
        if (change.two_factor_required && *change.two_factor_required != before.two_factor_required) {
            const boost::json::value value = *change.two_factor_required;
            persistence::set_installation_setting(tx, "two_factor_required", boost::json::serialize(value),
                                                  admin ? std::optional{admin->user_id} : std::nullopt, now);
            append_audit(
                tx, admin, now,
                {std::nullopt, "settings.change", "setting", "two_factor_required",
                 boost::json::object{{"value", before.two_factor_required}}, boost::json::object{{"value", value}}});
        }
    });
    return read_installation_settings(db);
}

}  // namespace collabtender::app
