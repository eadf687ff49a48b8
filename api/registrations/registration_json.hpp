#pragma once

#include <boost/json/object.hpp>

#include "persistence/registrations_repository.hpp"

namespace collabtender::api {

// A registration as an admin reads it, with the organisations it may duplicate.
boost::json::object registration_json(const persistence::RegistrationRecord& registration);

}  // namespace collabtender::api
