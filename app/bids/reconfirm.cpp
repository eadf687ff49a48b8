#include "app/bids/reconfirm.hpp"

#include <algorithm>

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/bids/bid_context.hpp"
#include "app/bids/bid_notices.hpp"
#include "app/consortia/consortium_access.hpp"
#include "domain/bid.hpp"
#include "domain/lot.hpp"
#include "domain/refusal.hpp"
#include "domain/time_format.hpp"

namespace collabtender::app {

Reconfirmed reconfirm(persistence::Connection& db, const domain::Principal& lead, const domain::BidId& bid_id,
                      const std::function<domain::TimePoint()>& clock) {
    Reconfirmed out;
    db.transact([&](persistence::Tx& tx) {
        out.replayed = false;
        const auto c = member_bid(tx, bid_id, lead, persistence::BidLock::bid);
        // The lead organisation speaks for the partnership.
        if (consortium_role(lead, c.consortium, c.tender) != ConsortiumRole::lead)
            throw domain::Refusal{domain::RefusalCode::forbidden, "Your account is not allowed to do this."};
        domain::require_lot_going_ahead(c.lot.cancellation.has_value(), domain::LotUse::reconfirming);
        const auto now = clock();
        const auto stage =
            domain::require_stage_for(domain::BidAction::reconfirm, c.tender.status, c.tender.details.timetable, now);
        const auto of_stage = [&](const persistence::Reconfirmation& r) { return r.stage == stage; };
        const auto requests = reconfirmation_requests(c.reconfirmations);
        const auto submission = persistence::standing_submission(tx, c.bid.id, stage);
        if (!domain::reconfirmation_outstanding(requests, stage)) {
            const auto last = std::find_if(c.reconfirmations.rbegin(), c.reconfirmations.rend(), of_stage);
            if (last != c.reconfirmations.rend() && last->resolution == "confirmed" && submission) {
                out = {*last, *submission, true};
                return;
            }
            domain::require_reconfirmation_outstanding(requests, stage);
        }
        persistence::resolve_reconfirmations(tx, c.bid.id, stage, "confirmed", lead.user_id, now);
        const auto confirmed = persistence::reconfirmations(tx, c.bid.id);
        const auto standing = persistence::standing_submission(tx, c.bid.id, stage);
        out = {*std::find_if(confirmed.rbegin(), confirmed.rend(), of_stage), *standing, false};

        auto names = bid_names(c);
        names["confirmed_at"] = domain::readable_time(now);
        names["sha256"] = standing->sha256;
        tell(tx, lead, now,
             {"bid_reconfirmed",
              persistence::audience::Consortium{c.consortium.id},
              names,
              "/bids/" + c.bid.id.str() + "/submit",
              {}});
        append_audit(tx, lead, now,
                     {c.tender.id, "bid.reconfirm", "bid", c.bid.id, boost::json::object{{"reconfirmed", false}},
                      boost::json::object{{"reconfirmed", true},
                                          {"stage", stage},
                                          {"submission_id", standing->id},
                                          {"sha256", standing->sha256}}});
    });
    return out;
}

}  // namespace collabtender::app
