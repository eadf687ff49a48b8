#include "app/bids/read_tender_bids.hpp"

#include "app/tenders/tender_access.hpp"
#include "domain/bid.hpp"

namespace collabtender::app {

std::vector<persistence::LotBidCount> count_bids(persistence::Connection& db,
                                                 const std::optional<domain::Principal>& commissioner,
                                                 const domain::TenderId& tender_id) {
    std::vector<persistence::LotBidCount> out;
    db.transact([&](persistence::Tx& tx) {
        out = persistence::bid_counts(tx, tender_for_commissioners(tx, tender_id, commissioner).id);
    });
    return out;
}

std::vector<persistence::SubmissionRecord> read_tender_submissions(persistence::Connection& db,
                                                                   const std::optional<domain::Principal>& commissioner,
                                                                   const domain::TenderId& tender_id, int stage,
                                                                   domain::TimePoint now) {
    std::vector<persistence::SubmissionRecord> out;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = tender_for_commissioners(tx, tender_id, commissioner);
        const auto& t = tender.details.timetable;
        domain::require_unsealed(stage == 1 ? t.stage1_deadline : t.stage2_deadline, now);
        // Wait for submissions still being decided, so the set read cannot grow afterwards.
        persistence::wait_for_submissions(tx, tender.id);
        out = persistence::standing_submissions(tx, tender.id, stage);
    });
    return out;
}

}  // namespace collabtender::app
