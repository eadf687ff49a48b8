#pragma once

#include <string>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/tender_lifecycle.hpp"
#include "domain/time_point.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

struct TakeTenderStep {
    domain::TenderId tender_id;
    domain::TenderAction action;
    std::string reason;        // why the tender is cancelled; required to cancel
    bool show_scores = false;  // releasing feedback: whether bidders see their consensus scores
};

// One explicit step of a tender's lifecycle (domain/tender_lifecycle.cpp), with
// what it sets off in the same transaction: closing a stage checks its bids
// against the gates and tells each panel its bids are ready; releasing stage-1
// feedback reopens the sections of every bid that goes on and tells each
// partnership; publishing tells the tender's followers. Refuses a tender the
// commissioner may not manage (not_found, forbidden) and a step whose
// preconditions do not all hold (preconditions_unmet, naming each).
persistence::TenderRecord take_tender_step(persistence::Connection& db, const domain::Principal& commissioner,
                                           const TakeTenderStep& command, domain::TimePoint now);

}  // namespace collabtender::app
