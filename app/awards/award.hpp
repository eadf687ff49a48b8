#pragma once

// What the award use cases share: the award a commissioner acts on, telling a
// lot's bidders, and settling the tender once every award is confirmed.
#include <optional>
#include <string>
#include <vector>

#include "app/tenders/tender_access.hpp"
#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"
#include "persistence/awards_repository.hpp"

namespace collabtender::app {

// An award the caller manages (row-locked), with its lot's decision, its lot and
// tender: not_found for no such award, else as managed_lot.
struct ManagedAward {
    persistence::AwardRecord award;
    persistence::AwardDecision decision;
    ManagedLot lot;
};
ManagedAward managed_award(persistence::Tx& tx, const domain::AwardId& award_id, const domain::Principal& principal);

// Every partnership that bid for the lot (standing in stage 1) hears, each linked
// to its own outcome letter; the standstill's end is named.
void tell_lot_bidders(persistence::Tx& tx, const domain::Principal& actor, domain::TimePoint now,
                      const persistence::TenderRecord& tender, const persistence::AwardDecision& decision,
                      const std::string& kind);
// The same to the bids given: the lot's bids standing in stage 1, as a ranking read them.
void tell_lot_bidders(persistence::Tx& tx, const domain::Principal& actor, domain::TimePoint now,
                      const std::vector<domain::BidId>& bids, const persistence::AwardDecision& decision,
                      const std::string& kind);

// Moves the tender to `awarded` once every lot not cancelled has a decision and
// every award is confirmed.
void settle_tender(persistence::Tx& tx, const persistence::TenderRecord& tender, domain::TimePoint now);

}  // namespace collabtender::app
