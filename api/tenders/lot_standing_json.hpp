#pragma once

#include <boost/json/object.hpp>

#include "app/tenders/lot_standings.hpp"

namespace collabtender::api {

// For the tender's commissioners: the waiver and the cancellation name who
// decided (`people`: app::deciders).
boost::json::object lot_standing_json(const app::LotStanding& standing, int minimum, const persistence::DisplayNames& people);

}  // namespace collabtender::api
