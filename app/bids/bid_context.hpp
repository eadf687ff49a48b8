#pragma once

#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/bid.hpp"
#include "domain/criteria.hpp"
#include "domain/gates.hpp"
#include "domain/ids.hpp"
#include "persistence/bid_context_repository.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/consortia_repository.hpp"
#include "persistence/documents_repository.hpp"
#include "persistence/evaluation_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

// A bid with everything its rules look at: the consortium, the tender, and the
// criteria and gates that apply to its lot (the lot's own criteria, else the
// tender's; gates for every lot and for this one), in the order the draft's
// responses and declarations follow; and the documents the tender requires, with
// how many of the bid's uploads (of any visibility) meet each.
struct BidContext {
    persistence::BidRecord bid;
    persistence::ConsortiumRecord consortium;
    persistence::TenderRecord tender;
    std::vector<domain::Criterion> criteria;
    std::vector<domain::Gate> gates;
    std::vector<persistence::RequiredDocument> required_documents;
    std::vector<int> required_uploads;  // per required document
    persistence::LotRecord lot;
    std::vector<persistence::Reconfirmation> reconfirmations;  // oldest first
    // The stage-1 gate results, once bidders have heard them (domain::stage1_results_released).
    std::vector<persistence::GateResultRecord> stage1_gate_results;
    // Every document of the bid (of any visibility) and its sign-offs, as they were read.
    std::vector<persistence::DocumentRecord> documents;
    std::vector<persistence::SignOff> sign_offs;
};

// Everything a bid's rules look at, once access has been settled.
BidContext context_of(persistence::BidFacts facts);

// Loads a bid for a member of its consortium (lead or accepted), in one statement:
// not_found for anyone else, so another consortium cannot learn it exists. `lock`
// says which rows stay locked until the transaction ends.
BidContext member_bid(persistence::Tx& tx, const domain::BidId& bid_id, const domain::Principal& principal,
                      persistence::BidLock lock = persistence::BidLock::none);

// A bid out of the tender (a stage-1 gate failed, and its partners told) cannot
// change or be sent again: domain::require_in_tender, naming what it failed.
void require_in_tender(const BidContext& bid);
// The stage open for bids now (domain::require_open_stage), for a change to this
// bid: refused too when the bid is out of the tender.
int require_open_stage(const BidContext& bid, domain::TimePoint now);

// The bid's rows as domain/ rules read them: its requests to reconfirm, and its
// versions sent to one stage.
std::vector<domain::ReconfirmationRequest> reconfirmation_requests(
    const std::vector<persistence::Reconfirmation>& reconfirmations);
std::vector<domain::SentVersion> sent_versions(const std::vector<persistence::SubmissionRecord>& submissions, int stage);

}  // namespace collabtender::app
