#include "app/awards/award.hpp"

#include <algorithm>

#include "app/notifications/notify.hpp"
#include "domain/refusal.hpp"
#include "domain/time_format.hpp"
#include "persistence/bids_repository.hpp"

namespace collabtender::app {

ManagedAward managed_award(persistence::Tx& tx, const domain::AwardId& award_id, const domain::Principal& principal) {
    auto award = persistence::find_award(tx, award_id, true);
    if (!award) throw domain::Refusal{domain::RefusalCode::not_found, "No such award."};
    auto lot = managed_lot(tx, award->lot_id, principal, true);
    auto decision = persistence::find_award_decision(tx, award->lot_id);
    return {std::move(*award), std::move(*decision), std::move(lot)};
}

void tell_lot_bidders(persistence::Tx& tx, const domain::Principal& actor, domain::TimePoint now,
                      const persistence::TenderRecord& tender, const persistence::AwardDecision& decision,
                      const std::string& kind) {
    std::vector<domain::BidId> bids;
    for (const auto& bid : persistence::standing_bids(tx, tender.id, 1, decision.lot_id)) bids.push_back(bid.bid_id);
    tell_lot_bidders(tx, actor, now, bids, decision, kind);
}

void tell_lot_bidders(persistence::Tx& tx, const domain::Principal& actor, domain::TimePoint now,
                      const std::vector<domain::BidId>& bids, const persistence::AwardDecision& decision,
                      const std::string& kind) {
    std::vector<persistence::Notice> notices;
    for (const auto& bid : bids)
        notices.push_back({kind,
                           persistence::audience::BidPartners{bid},
                           {{"standstill_ends", domain::readable_time(decision.standstill_ends_at)}},
                           "/bids/" + bid.str() + "/outcome",
                           std::nullopt});
    tell(tx, actor, now, notices);
}

void settle_tender(persistence::Tx& tx, const persistence::TenderRecord& tender, domain::TimePoint now) {
    const auto decisions = persistence::award_decisions(tx, tender.id);
    const auto lots = persistence::list_lots(tx, tender.id);
    const auto active = std::count_if(lots.begin(), lots.end(), [](const auto& l) { return !l.cancellation; });
    if (decisions.size() < static_cast<std::size_t>(active) || decisions.empty()) return;
    for (const auto& d : decisions)
        if (std::any_of(d.awards.begin(), d.awards.end(), [](const auto& a) { return a.status != "confirmed"; })) return;
    persistence::set_tender_status(tx, tender.id, domain::TenderStatus::awarded, std::nullopt, now);
}

}  // namespace collabtender::app
