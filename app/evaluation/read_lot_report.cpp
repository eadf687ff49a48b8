#include "app/evaluation/read_lot_report.hpp"

#include "app/tenders/tender_access.hpp"
#include "domain/award.hpp"
#include "domain/evaluation_access.hpp"
#include "domain/panel.hpp"

namespace collabtender::app {

LotScoresReport read_lot_scores(persistence::Connection& db, const domain::Principal& commissioner,
                                const domain::LotId& lot_id, std::optional<int> asked_stage) {
    LotScoresReport out;
    db.transact([&](persistence::Tx& tx) {
        const auto m = managed_lot(tx, lot_id, commissioner);
        out.stage = domain::opened_stage(m.tender.status, asked_stage);
        out.lot = lot_scores(tx, m.tender.id, m.lot.id, out.stage, domain::scale_max(m.tender.details.scoring_scale));
    });
    return out;
}

LotOutcomes read_lot_outcomes(persistence::Connection& db, const domain::Principal& commissioner,
                              const domain::LotId& lot_id) {
    LotOutcomes out;
    db.transact([&](persistence::Tx& tx) {
        const auto m = managed_lot(tx, lot_id, commissioner);
        domain::require_stage2_closed(m.tender.status);
        out.lot = rank_lot(tx, m.tender, m.lot);
        out.decision = persistence::find_award_decision(tx, m.lot.id);
    });
    return out;
}

std::string LotOutcomes::award_of(const domain::BidId& bid_id) const {
    if (!decision) return "";
    for (const auto& a : decision->awards)
        if (a.bid_id == bid_id) return a.status;
    return "not awarded";
}

}  // namespace collabtender::app
