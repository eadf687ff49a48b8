#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/criteria.hpp"
#include "domain/ids.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/consortia_repository.hpp"
#include "persistence/documents_repository.hpp"
#include "persistence/evaluation_repository.hpp"
#include "persistence/sections_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::persistence {

// A bid with everything its rules look at, read in one statement: its consortium
// with the members, its tender and lot, the criteria that apply (the lot's own,
// else the tender's), the gates for every lot and for this one (the order of the
// draft's declarations), the tender's required documents, every document of the
// bid (of any visibility), its reconfirmations (oldest first), its stage-1 gate
// results and its sign-offs.
struct BidFacts {
    BidRecord bid;
    ConsortiumRecord consortium;
    TenderRecord tender;
    LotRecord lot;
    std::vector<domain::Criterion> criteria;
    std::vector<domain::Gate> gates;
    std::vector<RequiredDocument> required_documents;
    std::vector<DocumentRecord> documents;
    std::vector<Reconfirmation> reconfirmations;
    std::vector<GateResultRecord> stage1_gate_results;
    std::vector<SignOff> sign_offs;
};

// What stays locked until the transaction ends: nothing, the bid row, or the bid
// row and then its consortium's (a submission fixes the membership it sends).
enum class BidLock { none, bid, bid_and_membership };

// Nothing when there is no such bid.
std::optional<BidFacts> bid_facts(Tx& tx, const domain::BidId& bid_id, BidLock lock);
// The same for each of a consortium's bids, oldest first, in one statement (no locks).
std::vector<BidFacts> bid_facts_of_consortium(Tx& tx, const domain::ConsortiumId& consortium_id);

}  // namespace collabtender::persistence
