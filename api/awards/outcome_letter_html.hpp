#pragma once

#include <string>

#include <boost/json/object.hpp>

namespace collabtender::api {

// The outcome letter as a letter a provider can file: the buyer's name and
// address at its head, the date and the standstill's end in words, the reasons,
// the scores with how each was reached, and a print stylesheet (A4). The same
// HTML is printed from the browser and rendered as the PDF. `letter` is
// GET /bids/{id}/outcome-letter's JSON.
std::string outcome_letter_html(const boost::json::object& letter);

}  // namespace collabtender::api
