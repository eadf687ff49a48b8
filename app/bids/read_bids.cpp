#include "app/bids/read_bids.hpp"

#include "app/consortia/consortium_access.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

BidWithReceipts read_bid(persistence::Connection& db, const domain::Principal& member, const domain::BidId& bid_id) {
    BidWithReceipts out;
    db.transact([&](persistence::Tx& tx) {
        out.bid = member_bid(tx, bid_id, member);
        out.submissions = persistence::list_submissions(tx, out.bid.bid.id);
    });
    return out;
}

std::vector<BidWithReceipts> read_bids(persistence::Connection& db, const domain::Principal& member,
                                       const domain::ConsortiumId& consortium_id) {
    std::vector<BidWithReceipts> out;
    db.transact([&](persistence::Tx& tx) {
        out.clear();
        const auto visible = visible_consortium(tx, consortium_id, member);
        if (visible.role == ConsortiumRole::overseer)
            throw domain::Refusal{domain::RefusalCode::not_found, "No such consortium."};
        // Each bid and its receipts read once for all of them, not per bid.
        auto submissions = persistence::submissions_of_consortium(tx, visible.consortium.id);
        for (auto& facts : persistence::bid_facts_of_consortium(tx, visible.consortium.id)) {
            auto sent = std::move(submissions[facts.bid.id]);
            out.push_back({context_of(std::move(facts)), std::move(sent)});
        }
    });
    return out;
}

std::vector<persistence::SubmissionRecord> read_submissions(persistence::Connection& db,
                                                            const domain::Principal& member,
                                                            const domain::BidId& bid_id) {
    std::vector<persistence::SubmissionRecord> out;
    db.transact([&](persistence::Tx& tx) { out = persistence::list_submissions(tx, member_bid(tx, bid_id, member).bid.id); });
    return out;
}

}  // namespace collabtender::app
