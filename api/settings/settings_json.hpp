#pragma once

#include <boost/json/object.hpp>

#include "app/settings/installation_settings.hpp"

namespace collabtender::api {

// Each setting's value, with who changed it last and when (none: never changed).
boost::json::object settings_json(const app::SettingsRead& settings);

}  // namespace collabtender::api
