#pragma once

// The installation's settings (domain::InstallationSettings), read and changed.
#include <map>
#include <optional>
#include <string>

#include "domain/accounts.hpp"
#include "domain/installation_settings.hpp"
#include "domain/time_point.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

// The settings as they stand, in the caller's transaction.
domain::InstallationSettings current_settings(persistence::Tx& tx);

struct SettingsRead {
    domain::InstallationSettings values;
    std::map<std::string, persistence::SettingRecord> changes;  // who changed each last, and when
};
SettingsRead read_installation_settings(persistence::Connection& db);

// Only what is given changes. `admin`: none from the command line.
struct SettingsChange {
    std::optional<bool> two_factor_required;
    std::optional<std::int64_t> real_living_wage_pence;
    std::optional<int> invitation_lifetime_days;
};
// Each setting that changes is stored and audited with its old and new value.
// Refuses values out of their range (invalid, domain/installation_settings).
SettingsRead change_installation_settings(persistence::Connection& db, const std::optional<domain::Principal>& admin,
                                          const SettingsChange& change, domain::TimePoint now);

}  // namespace collabtender::app
