#pragma once

#include <boost/json/object.hpp>

#include "app/evaluation/scoresheet.hpp"

namespace collabtender::api {

// A panellist's own scores for a bid and stage, one entry per criterion (empty
// where not yet scored), and when they were submitted (null while a draft).
boost::json::object scoresheet_json(const app::Scoresheet& sheet);

}  // namespace collabtender::api
