#include "app/tenders/read_gates.hpp"

#include "app/tenders/tender_access.hpp"

namespace collabtender::app {

GateSet read_gates(persistence::Connection& db, const std::optional<domain::Principal>& reader,
                   const domain::TenderId& tender_id) {
    GateSet out;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, tender_id, reader);
        out.gates = persistence::list_gates(tx, tender.id);
        out.version = tender.version;
    });
    return out;
}

}  // namespace collabtender::app
