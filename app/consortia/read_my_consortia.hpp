#pragma once

#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/gates.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/consortia_repository.hpp"
#include "persistence/evaluation_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

// A bid as its partners' home page lists it: where it stands, not what it says.
struct BidStanding {
    persistence::BidRecord bid;
    persistence::LotRecord lot;
    std::string status;  // domain::bid_status
    std::vector<persistence::SubmissionStamp> submissions;  // oldest first
    std::vector<persistence::Reconfirmation> reconfirmations;
    // Once the tender has released stage 1: the lot's gates and this bid's results,
    // so that a bid that is out can say why.
    std::vector<domain::Gate> lot_gates;
    std::vector<persistence::GateResultRecord> stage1_results;
};

struct MyConsortium {
    persistence::ConsortiumRecord consortium;
    persistence::TenderRecord tender;
    std::vector<BidStanding> bids;  // in the order they were started
};

// Every partnership the caller's organisation leads or has joined, in any tender,
// newest first: a provider's home, in at most eight statements however many
// consortia and bids it has.
std::vector<MyConsortium> read_my_consortia(persistence::Connection& db, const domain::Principal& principal);

}  // namespace collabtender::app
