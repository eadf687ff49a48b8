#pragma once

// Transitional: a bid's context and rules moved to app/bids/ and domain/bid.hpp,
// its JSON to api/bids/bid_json.hpp. This header keeps the handlers of sections
// and evaluation that still use them unqualified compiling until they move too.
#include "api/bids/bid_json.hpp"
#include "api/router.hpp"
#include "app/bids/bid_context.hpp"
#include "app/bids/draft.hpp"
#include "app/bids/sign_offs.hpp"
#include "app/evaluation/gates.hpp"
#include "domain/gates.hpp"

namespace collabtender::api {

using app::BidContext;
using app::blocking_submission;
using app::draft_digest;
using app::exclusion_reasons;
using app::failed_gates;
using app::member_bid;
using app::missing_sign_offs;
using app::require_in_tender;
using app::require_open_stage;
using app::submission_problems;
using domain::lot_gates;

inline void void_changed_sign_offs(persistence::Tx& tx, const BidContext& bid, const Context& context) {
    app::void_changed_sign_offs(tx, bid, *context.principal, context.now);
}

}  // namespace collabtender::api
