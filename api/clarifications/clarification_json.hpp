#pragma once

#include <boost/json/object.hpp>

#include "app/clarifications/publication.hpp"
#include "domain/clarification.hpp"
#include "persistence/clarifications_repository.hpp"

namespace collabtender::api {

boost::json::object clarification_json(const persistence::ClarificationRecord& clarification,
                                       domain::ClarificationView view);
// An answered or published clarification as the owning body sees it, with how
// many bids its publication requires reconfirming.
boost::json::object clarification_change_json(const app::ClarificationChange& change);

}  // namespace collabtender::api
