#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/bids/bid_context.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "domain/bid.hpp"

namespace collabtender::api {

// Withdraws the bid's standing submission before the deadline; it may be
// submitted again while the stage is open.
Response post_withdrawal(const Request& request, Context& context) {
    persistence::SubmissionRecord withdrawn;
    context.db->transact([&](persistence::Tx& tx) {
        const auto c = member_bid(tx, request.param("bid_id"), *context.principal, persistence::BidLock::bid);
        const auto stage = domain::open_stage(c.tender.status, c.tender.details.timetable, context.now);
        if (!stage) throw Problem{409, "deadline-passed", "Deadline passed", "Bids can no longer be withdrawn."};
        // Only this stage's version: a stage-1 version stays as it stood when stage 1 closed.
        const auto sent = app::sent_versions(persistence::list_submissions(tx, c.bid.id), *stage);
        const auto current = domain::current_submission(sent);
        if (!current) throw problems::conflict("There is no standing submission to withdraw in this stage.");
        persistence::withdraw_submission(tx, *current, context.now);
        // A withdrawn bid has nothing left to reconfirm.
        persistence::resolve_reconfirmations(tx, c.bid.id, *stage, "withdrawn", context.principal->user_id, context.now);
        withdrawn = persistence::list_submissions(tx, c.bid.id).back();
        const auto submission = [&](bool is_withdrawn) {
            return boost::json::object{{"submission_id", withdrawn.id},
                                       {"stage", withdrawn.stage},
                                       {"version", withdrawn.version},
                                       {"withdrawn", is_withdrawn}};
        };
        audit(tx, context, {c.tender.id, "bid.withdraw", "bid", c.bid.id, submission(false), submission(true)});
    });
    return json_response(200, receipt_json(withdrawn));
}

}  // namespace collabtender::api
