#include "app/tenders/read_lot.hpp"

#include "app/tenders/tender_access.hpp"

namespace collabtender::app {

persistence::LotRecord read_lot(persistence::Connection& db, const std::optional<domain::Principal>& reader,
                                const domain::TenderId& tender_id, const domain::LotId& lot_id) {
    std::optional<persistence::LotRecord> lot;
    db.transact([&](persistence::Tx& tx) { lot = tender_lot(tx, readable_tender(tx, tender_id, reader), lot_id); });
    return std::move(*lot);
}

}  // namespace collabtender::app
