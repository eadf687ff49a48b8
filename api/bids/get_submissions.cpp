#include <boost/json.hpp>

#include "api/bids/bid_context.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"

namespace collabtender::api {

// The bid's receipts, oldest first, for its consortium's members.
Response get_submissions(const Request& request, Context& context) {
    std::vector<persistence::SubmissionRecord> submissions;
    context.db->transact([&](persistence::Tx& tx) {
        const auto c = member_bid(tx, request.param("bid_id"), *context.principal);
        submissions = persistence::list_submissions(tx, c.bid.id);
    });
    boost::json::array items;
    for (const auto& s : submissions) items.push_back(receipt_json(s));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
