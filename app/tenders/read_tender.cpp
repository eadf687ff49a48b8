#include "app/tenders/read_tender.hpp"

#include "app/tenders/tender_access.hpp"

namespace collabtender::app {

persistence::TenderRecord read_tender(persistence::Connection& db, const std::optional<domain::Principal>& reader,
                                      const domain::TenderId& tender_id) {
    std::optional<persistence::TenderRecord> tender;
    db.transact([&](persistence::Tx& tx) { tender = readable_tender(tx, tender_id, reader); });
    return std::move(*tender);
}

}  // namespace collabtender::app
