#pragma once

#include <string>
#include <vector>

#include "app/bids/bid_context.hpp"
#include "domain/ids.hpp"
#include "persistence/database.hpp"

namespace collabtender::app {

// A bid with its receipts, oldest first.
struct BidWithReceipts {
    BidContext bid;
    std::vector<persistence::SubmissionRecord> submissions;
};

// A bid, for the members of its consortium only; not_found for anyone else.
BidWithReceipts read_bid(persistence::Connection& db, const domain::Principal& member, const domain::BidId& bid_id);
// A consortium's bids, for its members only: the owning body sees no drafts, ever
// (not_found, as for anyone else).
std::vector<BidWithReceipts> read_bids(persistence::Connection& db, const domain::Principal& member,
                                       const domain::ConsortiumId& consortium_id);
// A bid's receipts, oldest first, for its members; not_found for anyone else.
std::vector<persistence::SubmissionRecord> read_submissions(persistence::Connection& db,
                                                            const domain::Principal& member,
                                                            const domain::BidId& bid_id);

}  // namespace collabtender::app
