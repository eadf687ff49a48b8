#include <boost/json.hpp>

#include "api/bids/bid_context.hpp"
#include "api/evaluation/evaluation_access.hpp"
#include "api/evaluation/feedback_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"

namespace collabtender::api {

// GET /api/v1/bids/{bid_id}/feedback: stage-1 feedback (feedback_json). The tender's
// commissioners read the draft; the bidder's members read their own once feedback
// is released (409 before), with consensus scores if the tender chose to show them.
Response get_feedback(const Request& request, Context& context) {
    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto& principal = *context.principal;
        const bool bidder = principal.role == domain::Role::provider;
        const auto bid = bidder ? opened_bid(tx, member_bid(tx, request.param("bid_id"), principal).bid.id, 1)
                                : evaluated_bid(tx, request.param("bid_id"), principal, 1);
        const auto release = persistence::find_feedback_release(tx, bid.tender.id);
        if (bidder && !release)
            throw Problem{409, "feedback-not-released", "Feedback not released yet",
                          "The commissioner has not released stage-1 feedback yet."};
        out = feedback_json(tx, bid, bidder, release);
    });
    return json_response(200, out);
}

}  // namespace collabtender::api
