#include <boost/json.hpp>

#include "api/evaluation/conflict_links_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/evaluation/clear_conflict_flag.hpp"

namespace collabtender::api {

// POST /api/v1/bids/{bid_id}/conflict-flags/{user_id}/clearance {"reason"}: the
// tender's commissioner clears a panellist's pre-flagged conflict (app::clear_conflict_flag).
Response post_conflict_clearance(const Request& request, Context& context) {
    const app::ClearConflictFlag command{domain::BidId{request.param("bid_id")},
                                         domain::UserId{request.param("user_id")}, read_reason(request)};
    return json_response(200, pre_flag_json(app::clear_conflict_flag(*context.db, *context.principal, command, context.now)));
}

}  // namespace collabtender::api
