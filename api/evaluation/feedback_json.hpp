#pragma once

#include <boost/json/object.hpp>

#include "app/evaluation/feedback.hpp"

namespace collabtender::api {

// A bid's stage-1 feedback as GET and PUT /bids/{id}/feedback answer it: the text
// (the panel's advice compiled, until the commissioner edits it), the advice per
// criterion, any suggested lot, whether it is released, gate outcomes with reasons,
// which bid it is, and consensus scores unless a bidder reads feedback released
// without them. Never panellists' names or own scores.
boost::json::object feedback_json(const app::Feedback& feedback);

}  // namespace collabtender::api
