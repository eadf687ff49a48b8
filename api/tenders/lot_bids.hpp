#pragma once

#include <optional>
#include <vector>

#include <boost/json/object.hpp>

#include "domain/minimum_bids.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::api {

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

// For the tender's commissioners: the waiver and the cancellation name who decided.
boost::json::object lot_standing_json(persistence::Tx& tx, const LotStanding& standing, int minimum);

}  // namespace collabtender::api
