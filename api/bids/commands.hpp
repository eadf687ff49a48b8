#pragma once

// Request bodies read into the bids' commands (api/json_body.hpp's read_command).
// In app's namespace, where value_to finds them.
#include <boost/json/fwd.hpp>

#include "app/bids/change_draft.hpp"
#include "app/bids/start_bid.hpp"

namespace collabtender::app {

// POST /api/v1/consortia/{consortium_id}/bids: {"lot_id"}.
StartBid tag_invoke(boost::json::value_to_tag<StartBid>, const boost::json::value& body);

// POST /api/v1/bids/{bid_id}/submissions: {"declaration_confirmed": true}, the
// sender confirming domain::submission_declaration; false is refused as unconfirmed.
struct DeclarationConfirmed {};
DeclarationConfirmed tag_invoke(boost::json::value_to_tag<DeclarationConfirmed>, const boost::json::value& body);

// PATCH /api/v1/bids/{bid_id}: {"responses": {"0": "text"}, "declarations": {"1": {...}}},
// each optional; what is at each position is the use case's to check.
ChangeDraft tag_invoke(boost::json::value_to_tag<ChangeDraft>, const boost::json::value& body);

}  // namespace collabtender::app
