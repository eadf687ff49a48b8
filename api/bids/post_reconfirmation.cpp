#include <algorithm>

#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/bids/bid_context.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/notifications/notices.hpp"
#include "api/problem.hpp"
#include "domain/time_format.hpp"
#include "domain/bid.hpp"
#include "domain/lot.hpp"

namespace collabtender::api {
namespace {

boost::json::object confirmation_json(const persistence::Reconfirmation& r, const persistence::SubmissionRecord& s) {
    return {{"bid_id", r.bid_id},
            {"stage", r.stage},
            {"confirmed_at", domain::format_rfc3339(*r.resolved_at)},
            {"confirmed_by", *r.resolved_by},
            {"submission", receipt_json(s)}};
}

}  // namespace

// POST /api/v1/bids/{bid_id}/reconfirmation: the partnership's lead confirms,
// before the deadline, that its submitted bid stands after the tender changed.
// The bid does not change, so no new version or sign-off; to change it, submit
// again instead. Repeating a confirmation returns the first one.
Response post_reconfirmation(const Request& request, Context& context) {
    boost::json::object out;
    bool replayed = false;
    context.db->transact([&](persistence::Tx& tx) {
        replayed = false;
        const auto c = member_bid(tx, request.param("bid_id"), *context.principal, persistence::BidLock::bid);
        if (consortium_role(*context.principal, c.consortium, c.tender) != ConsortiumRole::lead)
            throw problems::forbidden();  // the lead organisation speaks for the partnership
        domain::require_lot_going_ahead(c.lot.cancellation.has_value(), domain::LotUse::reconfirming);
        // The clock is read once the bid is locked, as for a submission.
        const auto now = context.clock();
        const auto stage = domain::open_stage(c.tender.status, c.tender.details.timetable, now);
        if (!stage)
            throw Problem{409, "deadline-passed", "Deadline passed",
                          "The deadline has passed or the stage is not open: the bid can no longer be reconfirmed."};
        const auto of_stage = [&](const persistence::Reconfirmation& r) { return r.stage == *stage; };
        const auto waiting = domain::reconfirmation_outstanding(app::reconfirmation_requests(c.reconfirmations), *stage);
        const auto submission = persistence::standing_submission(tx, c.bid.id, *stage);
        if (!waiting) {
            const auto last = std::find_if(c.reconfirmations.rbegin(), c.reconfirmations.rend(), of_stage);
            if (last != c.reconfirmations.rend() && last->resolution == "confirmed" && submission) {
                out = confirmation_json(*last, *submission);
                replayed = true;
                return;
            }
            throw Problem{409, "nothing-to-reconfirm", "Nothing to reconfirm",
                          "No change to the tender since this bid was sent needs its reconfirmation."};
        }
        persistence::resolve_reconfirmations(tx, c.bid.id, *stage, "confirmed", context.principal->user_id, now);
        const auto confirmed = persistence::reconfirmations(tx, c.bid.id);
        const auto last = *std::find_if(confirmed.rbegin(), confirmed.rend(), of_stage);
        const auto standing = persistence::standing_submission(tx, c.bid.id, *stage);
        out = confirmation_json(last, *standing);

        auto names = bid_names(c);
        names["confirmed_at"] = domain::readable_time(now);
        names["sha256"] = standing->sha256;
        tell(tx, context, {"bid_reconfirmed", persistence::Audience::consortium, c.consortium.id, names,
                           "/bids/" + c.bid.id + "/submit", {}});
        audit(tx, context, {c.tender.id, "bid.reconfirm", "bid", c.bid.id, boost::json::object{{"reconfirmed", false}},
                            boost::json::object{{"reconfirmed", true},
                                                {"stage", *stage},
                                                {"submission_id", standing->id},
                                                {"sha256", standing->sha256}}});
    });
    return json_response(replayed ? 200 : 201, out);
}

}  // namespace collabtender::api
