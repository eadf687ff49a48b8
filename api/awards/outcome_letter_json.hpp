#pragma once

#include <boost/json/object.hpp>

#include "app/awards/read_outcome_letter.hpp"

namespace collabtender::api {

// GET /bids/{id}/outcome-letter's JSON: the outcome, the reasons, the bid's own
// scores per criterion beside the successful bids' (each saying how it was
// reached), the buyer, and when the standstill ends.
boost::json::object outcome_letter_json(const app::OutcomeLetter& letter);

}  // namespace collabtender::api
