#include <boost/json.hpp>

#include "api/bids/bid_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/bids/reconfirm.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {

// POST /api/v1/bids/{bid_id}/reconfirmation: the lead confirms that the sent bid
// stands after the tender changed (app::reconfirm); 200 with the first
// confirmation when repeated.
Response post_reconfirmation(const Request& request, Context& context) {
    const auto done =
        app::reconfirm(*context.db, *context.principal, domain::BidId{request.param("bid_id")}, context.clock);
    const auto& r = done.confirmation;
    return json_response(done.replayed ? 200 : 201,
                         boost::json::object{{"bid_id", r.bid_id},
                                             {"stage", r.stage},
                                             {"confirmed_at", domain::format_rfc3339(*r.resolved_at)},
                                             {"confirmed_by", *r.resolved_by},
                                             {"submission", receipt_json(done.submission)}});
}

}  // namespace collabtender::api
