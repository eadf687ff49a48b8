#include "app/tenders/add_lot.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/tender_lifecycle.hpp"

namespace collabtender::app {

persistence::LotRecord add_lot(persistence::Connection& db, const domain::Principal& commissioner,
                               const AddLot& command, domain::TimePoint now) {
    std::optional<persistence::LotRecord> created;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, command.tender_id, commissioner);
        domain::require_configuration_editable(tender.status);
        created = persistence::find_lot(tx, tender.id, persistence::insert_lot(tx, tender.id, command.lot));
        append_audit(tx, commissioner, now,
                     {tender.id, "lot.create", "lot", created->id, nullptr,
                      boost::json::object{{"number", created->details.number}, {"version", created->version}}});
    });
    return std::move(*created);
}

}  // namespace collabtender::app
