#include "app/evaluation/break_tie.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/evaluation/lot_ranking.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/award.hpp"
#include "domain/lot.hpp"
#include "domain/refusal.hpp"
#include "persistence/awards_repository.hpp"

namespace collabtender::app {

void break_tie(persistence::Connection& db, const domain::Principal& commissioner, const BreakTie& command,
               domain::TimePoint now) {
    db.transact([&](persistence::Tx& tx) {
        const auto managed = managed_lot(tx, command.lot_id, commissioner, true);
        domain::require_lot_going_ahead(managed.lot.cancellation.has_value(), domain::LotUse::ranking);
        domain::require_stage2_closed(managed.tender.status);
        domain::require_ties_open(managed.tender.status);
        const auto ranked = rank_lot(tx, managed.tender, managed.lot).ranking.ranked;
        domain::refuse_if(domain::check_tie_break_order(command.order, ranked));
        std::vector<persistence::TieBreakRecord> records;
        for (std::size_t i = 0; i < command.order.size(); ++i)
            records.push_back({command.order[i], static_cast<int>(i) + 1, command.reason});
        persistence::replace_tie_breaks(tx, managed.lot.id, records, commissioner.user_id, now);
        append_audit(tx, commissioner, now,
                     {managed.tender.id, "tie_break.record", "lot", managed.lot.id, nullptr,
                      boost::json::object{{"order", boost::json::value_from(command.order)}}});
    });
}

}  // namespace collabtender::app
