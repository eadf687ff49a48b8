#pragma once

#include <boost/json/object.hpp>

#include "persistence/pin_repository.hpp"

namespace collabtender::api {

boost::json::object session_json(const persistence::InformationSessionRecord& session);
boost::json::object booking_json(const persistence::BookingRecord& booking);
boost::json::object interest_json(const persistence::InterestRecord& interest);

}  // namespace collabtender::api
