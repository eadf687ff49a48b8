#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"
#include "persistence/awards_repository.hpp"

namespace collabtender::app {

struct ProposeAwards {
    domain::LotId lot_id;
    std::optional<std::vector<domain::BidId>> bid_ids;  // none: the ranking's top bids
    std::optional<std::string> reason;                // why the choice departs from the ranking
};

// The commissioner proposes a lot's awards (domain::choose_awards); the
// standstill starts now, the tender enters standstill with its first decision,
// and every bidder of the lot hears. One decision per lot. Refuses a lot the
// caller may not manage (not_found, forbidden), a cancelled lot (lot_cancelled),
// before stage 2 closes (not_ranked_yet), an awarded tender (already_awarded), a
// lot already decided (awards_proposed), bids still pending (ranking_incomplete),
// a tie for the last place (tie_unresolved) and a choice it cannot take (invalid).
persistence::AwardDecision propose_awards(persistence::Connection& db, const domain::Principal& commissioner,
                                          const ProposeAwards& command, domain::TimePoint now);

}  // namespace collabtender::app
