#include "app/tenders/read_lots.hpp"

#include "app/tenders/tender_access.hpp"

namespace collabtender::app {

std::vector<persistence::LotRecord> read_lots(persistence::Connection& db,
                                              const std::optional<domain::Principal>& reader,
                                              const domain::TenderId& tender_id) {
    std::vector<persistence::LotRecord> lots;
    db.transact([&](persistence::Tx& tx) {
        lots = persistence::list_lots(tx, readable_tender(tx, tender_id, reader).id);
    });
    return lots;
}

}  // namespace collabtender::app
