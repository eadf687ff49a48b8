#include "app/tenders/cancel_lot.hpp"

#include <vector>

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/awards/award.hpp"
#include "app/notifications/notify.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/lot.hpp"
#include "domain/refusal.hpp"
#include "persistence/awards_repository.hpp"
#include "persistence/bids_repository.hpp"

namespace collabtender::app {

persistence::LotRecord cancel_lot(persistence::Connection& db, const domain::Principal& commissioner,
                                  const CancelLot& command, domain::TimePoint now) {
    std::optional<persistence::LotRecord> cancelled;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, command.tender_id, commissioner);
        const auto lot = tender_lot(tx, tender, command.lot_id);
        domain::require_lot_cancellable(tender.status, lot.cancellation.has_value());
        domain::require_award_not_proposed(persistence::find_award_decision(tx, lot.id).has_value());
        // Submissions in flight finish first, so every bidder is told.
        persistence::wait_for_submissions(tx, tender.id);
        persistence::cancel_lot(tx, lot.id, command.reason, commissioner.user_id, now);
        std::vector<persistence::Notice> notices;
        for (const auto& [bid_id, consortium] : persistence::bid_consortium_names(tx, lot.id))
            notices.push_back({"lot_cancelled",
                               persistence::audience::BidPartners{domain::BidId{bid_id}},
                               {{"reason", command.reason}},
                               "/bids/" + bid_id,
                               std::nullopt});
        tell(tx, commissioner, now, notices);
        append_audit(tx, commissioner, now,
                     {tender.id, "lot.cancel", "lot", lot.id, boost::json::object{{"status", "active"}},
                      boost::json::object{{"status", "cancelled"}, {"reason", command.reason}}});
        // The other lots may all be awarded already.
        settle_tender(tx, tender, now);
        cancelled = persistence::find_lot(tx, tender.id, lot.id);
    });
    return std::move(*cancelled);
}

}  // namespace collabtender::app
