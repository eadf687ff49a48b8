#include "app/evaluation/read_ranking.hpp"

#include "domain/award.hpp"
#include "domain/lot.hpp"
#include "domain/refusal.hpp"
#include "persistence/awards_repository.hpp"

namespace collabtender::app {

std::string read_ranking(persistence::Connection& db, const domain::Principal& commissioner,
                         const domain::LotId& lot_id, const RankingFormat& format) {
    std::optional<std::string> body;
    db.autocommit([&](persistence::Tx& tx) {
        const auto read = persistence::read_lot_ranking(tx, lot_id, format.version);
        if (!read) throw domain::Refusal{domain::RefusalCode::not_found, "No such lot."};
        require_manager(read->tender, commissioner);
        domain::require_lot_going_ahead(read->lot_cancelled, domain::LotUse::ranking);
        domain::require_stage2_closed(read->tender.status);
        body = read->stored.body;
    });
    if (!body)
        db.transact([&](persistence::Tx& tx) {
            // The same checks again, in the transaction whose generation is stored.
            const auto managed = managed_lot(tx, lot_id, commissioner);
            domain::require_lot_going_ahead(managed.lot.cancellation.has_value(), domain::LotUse::ranking);
            domain::require_stage2_closed(managed.tender.status);
            const auto stored = persistence::stored_ranking(tx, managed.lot.id, format.version);
            body = stored.body;
            if (body) return;
            body = format.render(managed, rank_lot(tx, managed.tender, managed.lot));
            persistence::store_ranking(tx, managed.lot.id, stored.generation, format.version, *body);
        });
    return std::move(*body);
}

}  // namespace collabtender::app
