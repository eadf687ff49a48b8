#include "app/tenders/remove_lot.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/refusal.hpp"
#include "domain/tender_lifecycle.hpp"

namespace collabtender::app {

void remove_lot(persistence::Connection& db, const domain::Principal& commissioner, const RemoveLot& command,
                domain::TimePoint now) {
    db.transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, command.tender_id, commissioner);
        const auto lot = tender_lot(tx, tender, command.lot_id);
        domain::require_current(lot.version, command.version);
        domain::require_configuration_editable(tender.status);
        persistence::delete_lot(tx, tender.id, lot.id);
        append_audit(tx, commissioner, now,
                     {tender.id, "lot.delete", "lot", lot.id,
                      boost::json::object{{"number", lot.details.number}, {"version", lot.version}}, nullptr});
    });
}

}  // namespace collabtender::app
