#include <boost/json.hpp>

#include "api/evaluation/conflict_links_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/evaluation/withdraw_flag_clearance.hpp"

namespace collabtender::api {

// DELETE /api/v1/bids/{bid_id}/conflict-flags/{user_id}/clearance: the tender's
// commissioner withdraws a clearance made in error (app::withdraw_flag_clearance).
Response delete_conflict_clearance(const Request& request, Context& context) {
    return json_response(200, pre_flag_json(app::withdraw_flag_clearance(
                                  *context.db, *context.principal, domain::BidId{request.param("bid_id")},
                                  domain::UserId{request.param("user_id")}, context.now)));
}

}  // namespace collabtender::api
