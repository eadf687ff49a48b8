#include "app/evaluation/read_feedback.hpp"

#include "app/bids/bid_context.hpp"
#include "domain/feedback.hpp"

namespace collabtender::app {

Feedback read_feedback(persistence::Connection& db, const domain::Principal& reader, const domain::BidId& bid_id) {
    Feedback out;
    db.transact([&](persistence::Tx& tx) {
        const bool bidder = reader.role == domain::Role::provider;
        auto bid = bidder ? opened_bid(tx, member_bid(tx, bid_id, reader).bid.id, 1) : evaluated_bid(tx, bid_id, reader, 1);
        auto release = persistence::find_feedback_release(tx, bid.tender.id);
        if (bidder) domain::require_feedback_released(release.has_value());
        out = feedback_of(tx, std::move(bid), bidder, std::move(release));
    });
    return out;
}

}  // namespace collabtender::app
