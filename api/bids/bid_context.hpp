#pragma once

// Transitional: a bid's context and rules moved to app/bids/ and domain/bid.hpp,
// its JSON to api/bids/bid_json.hpp. This header keeps the handlers of evaluation,
// notifications and the caller's consortia that still use them unqualified
// compiling until they move too.
#include "api/bids/bid_json.hpp"
#include "api/router.hpp"
#include "app/bids/bid_context.hpp"
#include "app/evaluation/gates.hpp"
#include "domain/gates.hpp"

namespace collabtender::api {

using app::BidContext;
using app::failed_gates;
using app::member_bid;
using domain::lot_gates;

}  // namespace collabtender::api
