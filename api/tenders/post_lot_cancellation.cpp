#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/awards/award_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/notifications/notices.hpp"
#include "api/problem.hpp"
#include "api/tenders/tender_json.hpp"
#include "persistence/awards_repository.hpp"
#include "persistence/bids_repository.hpp"

namespace collabtender::api {
namespace {

// A lot is cancelled once bidding has begun and before its award is proposed;
// before stage 1 opens it is simply deleted.
bool cancellable(domain::TenderStatus status) {
    using enum domain::TenderStatus;
    return status == stage1_open || status == stage1_evaluation || status == stage2_open ||
           status == stage2_evaluation || status == standstill;
}

}  // namespace

// POST /api/v1/tenders/{tender_id}/lots/{lot_id}/cancellation {"reason"}: none of
// the lot's bids is evaluated or awarded from now on. Every partnership with a bid
// for it is told, with the reason: a formal notice.
Response post_lot_cancellation(const Request& request, Context& context) {
    const auto reason = read_reason(request);
    std::optional<persistence::LotRecord> cancelled;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, request.param("tender_id"), context.principal);
        const auto lot = persistence::find_lot(tx, tender.id, request.param("lot_id"));
        if (!lot) throw problems::not_found("No such lot.");
        if (lot->cancellation) throw problems::conflict("This lot is already cancelled.");
        if (!cancellable(tender.status))
            throw Problem{409, "not-cancellable", "The lot cannot be cancelled",
                          tender.status == domain::TenderStatus::draft || tender.status == domain::TenderStatus::pin_published
                              ? "Before stage 1 opens, delete the lot instead."
                              : "The tender is " + std::string{domain::to_string(tender.status)} + "."};
        if (persistence::find_award_decision(tx, lot->id))
            throw Problem{409, "award-proposed", "Award already proposed",
                          "This lot's award has been proposed: suspend the standstill instead."};
        // Submissions in flight finish first, so every bidder is told.
        persistence::wait_for_submissions(tx, tender.id);
        persistence::cancel_lot(tx, lot->id, reason, context.principal->user_id, context.now);
        for (const auto& [bid_id, consortium] : persistence::bid_consortium_names(tx, lot->id))
            tell_partners(tx, context, bid_id, "lot_cancelled", "/bids/" + bid_id, {{"reason", reason}});
        audit(tx, context, {tender.id, "lot.cancel", "lot", lot->id, boost::json::object{{"status", "active"}},
                            boost::json::object{{"status", "cancelled"}, {"reason", reason}}});
        // The other lots may all be awarded already.
        settle_tender(tx, tender, context.now);
        cancelled = persistence::find_lot(tx, tender.id, lot->id);
    });
    return json_response(200, lot_json(*cancelled));
}

}  // namespace collabtender::api
