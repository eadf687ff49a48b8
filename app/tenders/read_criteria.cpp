#include "app/tenders/read_criteria.hpp"

#include "app/tenders/tender_access.hpp"

namespace collabtender::app {

CriteriaSet read_criteria(persistence::Connection& db, const std::optional<domain::Principal>& reader,
                          const domain::TenderId& tender_id, const std::optional<domain::LotId>& lot_id) {
    CriteriaSet out;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, tender_id, reader);
        out.version = tender.version;
        if (!lot_id) {
            out.criteria = persistence::list_criteria(tx, tender.id, std::nullopt);
            return;
        }
        auto effective = persistence::effective_criteria(tx, tender.id, tender_lot(tx, tender, *lot_id).id);
        out.criteria = std::move(effective.criteria);
        out.inherited = effective.inherited;
    });
    return out;
}

}  // namespace collabtender::app
