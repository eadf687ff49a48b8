#include "app/awards/propose_awards.hpp"

#include <chrono>

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/awards/award.hpp"
#include "app/evaluation/lot_ranking.hpp"
#include "domain/award.hpp"
#include "domain/lot.hpp"

namespace collabtender::app {

persistence::AwardDecision propose_awards(persistence::Connection& db, const domain::Principal& commissioner,
                                          const ProposeAwards& command, domain::TimePoint now) {
    persistence::AwardDecision proposed;
    db.transact([&](persistence::Tx& tx) {
        const auto [tender, lot] = managed_lot(tx, command.lot_id, commissioner, true);
        domain::require_lot_going_ahead(lot.cancellation.has_value(), domain::LotUse::ranking);
        domain::require_stage2_closed(tender.status);
        domain::require_not_awarded(tender.status);
        domain::require_undecided(persistence::find_award_decision(tx, lot.id).has_value());
        const auto ranked = rank_lot(tx, tender, lot);
        domain::require_ranking_complete(ranked.pending);
        const auto choice =
            domain::choose_awards(ranked.ranking.ranked, lot.details.max_awards, command.bid_ids, command.reason);

        persistence::AwardDecision decision{lot.id, tender.id, choice.reason, now,
                                            now + std::chrono::days{tender.details.timetable.standstill_days}, {}};
        for (const auto& id : choice.bid_ids)
            decision.awards.push_back(
                {{}, lot.id, id, "proposed", {}, {}, {}, {}, {}, {}, ranked.bids.at(id).consortium});
        persistence::insert_award_decision(tx, decision, commissioner.user_id);
        if (tender.status == domain::TenderStatus::stage2_evaluation)
            persistence::set_tender_status(tx, tender.id, domain::TenderStatus::standstill, std::nullopt, now);
        tell_lot_bidders(tx, commissioner, now, ranked.stage1_bids, decision, "award_proposed");
        append_audit(tx, commissioner, now,
                     {tender.id, "award.propose", "lot", lot.id, nullptr,
                      boost::json::object{{"bid_ids", boost::json::value_from(choice.bid_ids)},
                                          {"override", choice.reason.has_value()}}});
        proposed = std::move(decision);
    });
    return proposed;
}

}  // namespace collabtender::app
