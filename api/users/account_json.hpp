#pragma once

#include <boost/json/object.hpp>

#include "persistence/accounts_repository.hpp"

namespace collabtender::api {

// A person's account as their managers see it: who, where, in which role, and
// whether invited (until when), active or deactivated (when, why). Never a password.
boost::json::object account_json(const persistence::Account& account);

}  // namespace collabtender::api
