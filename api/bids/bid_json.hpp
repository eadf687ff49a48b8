#pragma once

// A bid as its partners read it, and the parts other resources show too.
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "app/bids/bid_context.hpp"

namespace collabtender::api {

// {"stage": 1, "failed": [{"gate", "kind", "title", "reason"}]} once the partners
// have been told that a stage-1 gate failed; else null.
boost::json::value exclusion_json(const app::BidContext& bid);
// The same from a lot's gates and one bid's stage-1 results (null without a failure).
boost::json::value exclusion_json(const std::vector<domain::Gate>& gates,
                                  const std::vector<persistence::GateResultRecord>& stage1_results);

// The bid's reconfirmations, each naming who resolved it; the lot's cancellation or null.
boost::json::array reconfirmations_json(const std::vector<persistence::Reconfirmation>& reconfirmations);
boost::json::value lot_cancellation_json(const persistence::LotRecord& lot);

// The draft as members see it, with word counts and submission receipts.
boost::json::object bid_json(const app::BidContext& context,
                             const std::vector<persistence::SubmissionRecord>& submissions);
boost::json::object receipt_json(const persistence::SubmissionRecord& submission);

}  // namespace collabtender::api
