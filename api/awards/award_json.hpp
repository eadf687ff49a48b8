#pragma once

#include <boost/json/object.hpp>

#include "app/awards/award.hpp"
#include "persistence/awards_repository.hpp"

namespace collabtender::api {

boost::json::object award_decision_json(const persistence::AwardDecision& decision);

// For a handler not yet moved to app/ (a lot's cancellation may settle the tender).
using app::settle_tender;

}  // namespace collabtender::api
