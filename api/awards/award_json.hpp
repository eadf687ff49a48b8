#pragma once

#include <boost/json/object.hpp>

#include "app/awards/award.hpp"
#include "persistence/awards_repository.hpp"

namespace collabtender::api {

boost::json::object award_decision_json(const persistence::AwardDecision& decision);

}  // namespace collabtender::api
