#include "app/tenders/change_lot.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/refusal.hpp"
#include "domain/tender_lifecycle.hpp"

namespace collabtender::app {

persistence::LotRecord change_lot(persistence::Connection& db, const domain::Principal& commissioner,
                                  const ChangeLot& command, domain::TimePoint now) {
    std::optional<persistence::LotRecord> updated;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, command.tender_id, commissioner);
        const auto lot = tender_lot(tx, tender, command.lot_id);
        domain::require_current(lot.version, command.version);
        domain::require_configuration_editable(tender.status);
        const auto details = domain::patched(lot.details, command.changes);
        domain::refuse_if(domain::merged(command.unreadable, domain::validate(details)));
        // Every change of a lot locks its tender's row first: the version checked is still current.
        persistence::update_lot(tx, tender.id, lot.id, command.version, details);
        updated = persistence::find_lot(tx, tender.id, lot.id);
        append_audit(tx, commissioner, now,
                     {tender.id, "lot.update", "lot", lot.id, boost::json::object{{"version", command.version}},
                      boost::json::object{{"version", updated->version}, {"fields", command.fields}}});
    });
    return std::move(*updated);
}

}  // namespace collabtender::app
