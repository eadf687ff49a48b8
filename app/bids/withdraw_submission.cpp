#include "app/bids/withdraw_submission.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/bids/bid_context.hpp"
#include "domain/bid.hpp"

namespace collabtender::app {

persistence::SubmissionRecord withdraw_submission(persistence::Connection& db, const domain::Principal& member,
                                                  const domain::BidId& bid_id, domain::TimePoint now) {
    persistence::SubmissionRecord withdrawn;
    db.transact([&](persistence::Tx& tx) {
        const auto c = member_bid(tx, bid_id, member, persistence::BidLock::bid);
        const auto stage =
            domain::require_stage_for(domain::BidAction::withdraw, c.tender.status, c.tender.details.timetable, now);
        const auto current = domain::require_withdrawable(sent_versions(persistence::list_submissions(tx, c.bid.id), stage));
        persistence::withdraw_submission(tx, current, now);
        // A withdrawn bid has nothing left to reconfirm.
        persistence::resolve_reconfirmations(tx, c.bid.id, stage, "withdrawn", member.user_id, now);
        withdrawn = persistence::list_submissions(tx, c.bid.id).back();
        const auto submission = [&](bool is_withdrawn) {
            return boost::json::object{{"submission_id", withdrawn.id},
                                       {"stage", withdrawn.stage},
                                       {"version", withdrawn.version},
                                       {"withdrawn", is_withdrawn}};
        };
        append_audit(tx, member, now, {c.tender.id, "bid.withdraw", "bid", c.bid.id, submission(false), submission(true)});
    });
    return withdrawn;
}

}  // namespace collabtender::app
