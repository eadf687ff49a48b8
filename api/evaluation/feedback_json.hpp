#pragma once

#include <optional>

#include <boost/json/object.hpp>

#include "api/evaluation/evaluation_access.hpp"
#include "persistence/evaluation_repository.hpp"

namespace collabtender::api {

// A bid's stage-1 feedback as GET and PUT /bids/{id}/feedback answer it: the text
// (the panel's advice compiled, until the commissioner edits it), the advice per
// criterion, any suggested lot, whether it is released, gate outcomes with reasons,
// which bid it is, and consensus scores unless a bidder reads feedback released
// without them. Never panellists' names or own scores.
boost::json::object feedback_json(persistence::Tx& tx, const EvaluatedBid& bid, bool for_bidder,
                                  const std::optional<persistence::FeedbackRelease>& release);

}  // namespace collabtender::api
