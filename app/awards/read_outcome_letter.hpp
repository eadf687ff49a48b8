#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/evaluation/lot_ranking.hpp"
#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/outcome_reason.hpp"
#include "persistence/accounts_repository.hpp"
#include "persistence/awards_repository.hpp"

namespace collabtender::app {

// What a bid's outcome letter says: the outcome and its reasons
// (domain::letter_reasons), the lot's ranking with the bid's own scores and the
// successful bids', the buyer who writes it and the decision it follows.
struct OutcomeLetter {
    domain::BidId bid_id;
    persistence::TenderRecord tender;
    persistence::LotRecord lot;
    persistence::AwardDecision decision;
    RankedLot ranked;
    persistence::OrganisationRecord buyer;
    std::optional<std::string> lead_organisation;  // the partnership's lead, by name
    bool successful = false;
    std::vector<domain::OutcomeReason> reasons;
};

// The letter of a bid, once its lot's awards are proposed, for the bid's partners
// (lead or accepted members) and the tender's commissioners. Refuses anyone else
// (not_found, so a bid's existence does not leak) and a lot not yet decided
// (no_decision_yet).
OutcomeLetter read_outcome_letter(persistence::Connection& db, const domain::Principal& reader,
                                  const domain::BidId& bid_id);

}  // namespace collabtender::app
