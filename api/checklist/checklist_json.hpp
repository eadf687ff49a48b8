#pragma once

#include <boost/json/object.hpp>

#include "persistence/checklist_repository.hpp"

namespace collabtender::api {

boost::json::object checklist_json(const persistence::ChecklistVersion& version);

}  // namespace collabtender::api
