#pragma once

#include <boost/json/object.hpp>

#include "persistence/accounts_repository.hpp"

namespace collabtender::api {

boost::json::object organisation_json(const persistence::OrganisationRecord& organisation);

}  // namespace collabtender::api
