#include "app/bids/submit_bid.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/bids/bid_context.hpp"
#include "app/bids/bid_notices.hpp"
#include "app/bids/draft.hpp"
#include "app/sha256.hpp"
#include "domain/bid.hpp"
#include "domain/lot.hpp"
#include "domain/time_format.hpp"

namespace collabtender::app {

Submitted submit_bid(persistence::Connection& db, const domain::Principal& member, const SubmitBid& command,
                     const std::function<domain::TimePoint()>& clock) {
    Submitted out;
    db.transact([&](persistence::Tx& tx) {
        out.replayed = false;
        const auto c = member_bid(tx, command.bid_id, member, persistence::BidLock::bid_and_membership);
        auto earlier = persistence::submission_by_key(tx, c.bid.id, command.idempotency_key);
        if (earlier.sent_with_key) {
            out = {std::move(*earlier.sent_with_key), true};
            return;
        }
        const auto now = clock();
        const auto stage =
            domain::require_stage_for(domain::BidAction::submit, c.tender.status, c.tender.details.timetable, now);
        domain::require_lot_going_ahead(c.lot.cancellation.has_value(), domain::LotUse::bidding);
        if (stage == 2) domain::require_in_stage(stage, persistence::standing_submission(tx, c.bid.id, 1).has_value());
        require_in_tender(c);
        // The draft every member signed off: the content without a version.
        const auto signed_draft = draft_digest(c, stage);
        auto problems = submission_problems(c);
        const auto unsigned_members = missing_sign_offs(c, signed_draft);
        problems.insert(problems.end(), unsigned_members.begin(), unsigned_members.end());
        domain::require_submittable(problems);
        const int version = earlier.latest_version + 1;
        const auto content = boost::json::serialize(canonical_content(c, stage, version, c.documents));
        // Sent again after a change to the tender: that answers the change.
        out.receipt = persistence::record_submission(
            tx,
            {{}, c.bid.id, stage, version, content, sha256_hex(content), member.user_id, now, command.idempotency_key,
             std::nullopt, std::string{domain::submission_declaration}, signed_draft},
            c.consortium.id);
        // Only here, past the replay's early return: a repeated key appends nothing.
        const auto& receipt = out.receipt;
        auto names = bid_names(c);
        names["stage"] = std::to_string(receipt.stage);
        names["submitted_at"] = domain::readable_time(receipt.submitted_at);
        names["sha256"] = receipt.sha256;
        names["signed_draft_sha256"] = signed_draft;
        names["declaration"] = domain::submission_declaration;
        tell(tx, member, now,
             {"bid_submitted",
              persistence::audience::Consortium{c.consortium.id},
              names,
              "/bids/" + c.bid.id.str() + "/submit",
              {}});
        append_audit(tx, member, now,
                     {c.tender.id, "bid.submit", "bid", c.bid.id, nullptr,
                      boost::json::object{{"submission_id", receipt.id},
                                          {"stage", receipt.stage},
                                          {"version", receipt.version},
                                          {"sha256", receipt.sha256},
                                          {"signed_draft_sha256", signed_draft},
                                          {"declaration", domain::submission_declaration}}});
    });
    return out;
}

}  // namespace collabtender::app
