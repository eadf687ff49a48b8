#pragma once

// What the owning body learns of a tender's bids: counts while they are sealed,
// the submissions once a stage's deadline has passed.
#include <optional>
#include <string>
#include <vector>

#include "domain/ids.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/database.hpp"

namespace collabtender::app {

// How many bids stand on each lot, never who made them or what they say. Refuses
// a tender the caller may not know of (not_found) or does not manage (forbidden).
std::vector<persistence::LotBidCount> count_bids(persistence::Connection& db,
                                                 const std::optional<domain::Principal>& commissioner,
                                                 const domain::TenderId& tender_id);

// Once the stage's deadline has passed, the latest standing submission of each
// bid, never a draft. Refuses as count_bids, and a stage still sealed (sealed).
std::vector<persistence::SubmissionRecord> read_tender_submissions(persistence::Connection& db,
                                                                   const std::optional<domain::Principal>& commissioner,
                                                                   const domain::TenderId& tender_id, int stage,
                                                                   domain::TimePoint now);

}  // namespace collabtender::app
