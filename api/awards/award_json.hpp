#pragma once

#include <boost/json/object.hpp>

#include "api/evaluation/lot_ranking.hpp"
#include "persistence/awards_repository.hpp"

namespace collabtender::api {

boost::json::object award_decision_json(const persistence::AwardDecision& decision);

// An award the caller manages, with its lot and tender (404 / 403 as managed_lot).
struct ManagedAward {
    persistence::AwardRecord award;
    persistence::AwardDecision decision;
    ManagedLot lot;
};
ManagedAward managed_award(persistence::Tx& tx, const std::string& award_id, const std::optional<domain::Principal>& principal);

// Every partnership that bid for the lot hears, each linked to its own outcome
// letter; the standstill's end is named.
void tell_lot_bidders(persistence::Tx& tx, const Context& context, const persistence::TenderRecord& tender,
                      const persistence::AwardDecision& decision, const std::string& kind);
// The same to the bids given: the lot's bids standing in stage 1, as a ranking read them.
void tell_lot_bidders(persistence::Tx& tx, const Context& context, const std::vector<std::string>& bids,
                      const persistence::AwardDecision& decision, const std::string& kind);

// Moves the tender to `awarded` once every lot not cancelled has a decision and
// every award is confirmed.
void settle_tender(persistence::Tx& tx, const persistence::TenderRecord& tender, domain::TimePoint now);

}  // namespace collabtender::api
