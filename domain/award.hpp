#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/ranking.hpp"
#include "domain/tender.hpp"
#include "domain/violation.hpp"

namespace collabtender::domain {

// Bids are ranked, and a lot's awards proposed, once stage 2 has closed: refuses
// (not_ranked_yet) before.
void require_stage2_closed(TenderStatus status);

// Ties are decided while stage 2 is evaluated, before awards are proposed (ties_closed).
void require_ties_open(TenderStatus status);
// A tie-break names at least two bids, each once, with a reason of 1 to 2000 characters.
Violations validate_tie_break(const std::vector<BidId>& order, const std::string& reason);
// ... each a ranked bid of the lot (not_ranked at /order/i).
Violations check_tie_break_order(const std::vector<BidId>& order, const std::vector<RankedBid>& ranked);

// A lot's awards are proposed once, and not after the tender is awarded: refuses
// (already_awarded, awards_proposed).
void require_not_awarded(TenderStatus status);
void require_undecided(bool lot_decided);

// Awards are proposed once every bid is ranked or out: refuses
// (ranking_incomplete) while any still awaits a gate decision, scores or moderation.
void require_ranking_complete(const std::vector<OutOfRanking>& pending);

// What a lot's award decision proposes, and the reason it records.
struct AwardChoice {
    std::vector<BidId> bid_ids;
    std::optional<std::string> reason;
};
// By default the ranking's top bids up to the lot's maximum, refused
// (tie_unresolved) while bids tie for the last place. The commissioner may
// choose otherwise (`chosen`: fewer bids, other ranked bids, or none) with a
// reason of 1 to 2000 characters; refused (invalid) for too many bids, a bid not
// ranked, or no reason. A choice the ranking would have made needs no reason and
// keeps none.
AwardChoice choose_awards(const std::vector<RankedBid>& ranked, int max_awards,
                          std::optional<std::vector<BidId>> chosen, std::optional<std::string> reason);

// A challenge suspends a proposed award until it is resumed; a proposed award is
// confirmed once the standstill has ended. Each refuses an award in another
// status (award_status) and confirmation before the standstill's end (standstill).
void require_suspendable(std::string_view award_status);
void require_resumable(std::string_view award_status);
void require_confirmable(std::string_view award_status, TimePoint standstill_ends, TimePoint now);

// The contract a confirmation records: it starts on a date (YYYY-MM-DD) and runs
// 1 to 240 months, with an extension of 0 to 240. An empty start date is left to
// whoever reported it missing.
Violations validate_contract(const std::string& start_date, int term_months, int extension_months);

// A bid's reasons in its outcome letter: why it is out, or where it ranked among
// the ranked bids, then the commissioner's reason when the awards depart from
// the ranking.
std::vector<OutcomeReason> letter_reasons(const Ranking& ranking, const BidId& bid_id, int max_awards,
                                          const std::optional<std::string>& override_reason);

}  // namespace collabtender::domain
