#include "app/settings/installation_settings.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "domain/refusal.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::app {
namespace {

domain::InstallationSettings parsed(const std::map<std::string, persistence::SettingRecord>& stored) {
    domain::InstallationSettings out;
    const auto value = [&](const char* name) -> boost::json::value {
        const auto found = stored.find(name);
        return found == stored.end() ? nullptr : persistence::parse_stored_json(found->second.value);
    };
    if (const auto v = value("two_factor_required"); v.is_bool()) out.two_factor_required = v.as_bool();
    if (const auto v = value("real_living_wage_pence"); v.is_int64()) out.real_living_wage_pence = v.as_int64();
    if (const auto v = value("invitation_lifetime_days"); v.is_int64())
        out.invitation_lifetime_days = static_cast<int>(v.as_int64());
    return out;
}

// Stores and audits one setting's new value, when it is new.
void set_setting(persistence::Tx& tx, const std::optional<domain::Principal>& admin, domain::TimePoint now,
                 const char* name, const boost::json::value& before, const boost::json::value& after) {
    if (before == after) return;
    persistence::set_installation_setting(tx, name, boost::json::serialize(after),
                                          admin ? std::optional{admin->user_id} : std::nullopt, now);
    append_audit(tx, admin, now,
                 {std::nullopt, "settings.change", "setting", name, boost::json::object{{"value", before}},
                  boost::json::object{{"value", after}}});
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
    domain::Violations wrong;
    if (change.real_living_wage_pence) wrong = domain::check_real_living_wage(*change.real_living_wage_pence);
    if (change.invitation_lifetime_days)
        for (auto& v : domain::check_invitation_lifetime(*change.invitation_lifetime_days)) wrong.push_back(v);
    domain::refuse_if(wrong);
    db.transact([&](persistence::Tx& tx) {
        const auto before = current_settings(tx);
        if (change.two_factor_required)
            set_setting(tx, admin, now, "two_factor_required", before.two_factor_required, *change.two_factor_required);
        if (change.real_living_wage_pence) {
            const boost::json::value was = before.real_living_wage_pence
                                               ? boost::json::value(*before.real_living_wage_pence)
                                               : boost::json::value(nullptr);
            set_setting(tx, admin, now, "real_living_wage_pence", was, *change.real_living_wage_pence);
        }
        if (change.invitation_lifetime_days)
            set_setting(tx, admin, now, "invitation_lifetime_days", before.invitation_lifetime_days,
                        *change.invitation_lifetime_days);
    });
    return read_installation_settings(db);
}

}  // namespace collabtender::app
