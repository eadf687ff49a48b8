#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/evaluation_repository.hpp"

namespace collabtender::app {

// Every submitted bid's minimum-requirement results in a stage: what was decided
// from declarations, and what waits for the commissioner's judgement.
struct GateResults {
    int stage = 1;
    struct Bid {
        persistence::StandingBid bid;
        std::vector<persistence::GateResultRecord> results;
        bool excluded = false;    // a gate failed
        bool all_passed = false;  // every gate passed
    };
    std::vector<Bid> bids;
};

// For the tender's commissioners, in the stage asked for, else the latest
// closed. Refuses a tender the caller may not read (not_found), anyone who does
// not manage it (forbidden), and a stage not yet closed (sealed).
GateResults read_gate_results(persistence::Connection& db, const domain::Principal& reader,
                              const domain::TenderId& tender_id, std::optional<int> stage);

}  // namespace collabtender::app
