#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/minimum_bids.hpp"
#include "persistence/accounts_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

// Each lot of a tender with its standing bids in a stage, against the tender's
// minimum: what closing the stage, extending a passed deadline and recording a
// waiver decide on. Bids in flight are waited for first, so the count cannot grow.
struct LotStanding {
    persistence::LotRecord lot;
    domain::LotBids bids;
    std::optional<persistence::MinimumWaiver> waiver;
};
std::vector<LotStanding> lot_standings(persistence::Tx& tx, const persistence::TenderRecord& tender, int stage);

std::vector<domain::LotBids> lot_bids(const std::vector<LotStanding>& standings);
bool any_short_of_bids(const std::vector<LotStanding>& standings, int minimum);

// Who recorded each waiver and cancellation among these lots: display names by
// user id, read in one statement.
persistence::DisplayNames deciders(persistence::Tx& tx, const std::vector<LotStanding>& standings);

}  // namespace collabtender::app
