#include "app/tenders/change_tender.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/refusal.hpp"
#include "domain/tender_lifecycle.hpp"

namespace collabtender::app {

persistence::TenderRecord change_tender(persistence::Connection& db, const domain::Principal& commissioner,
                                        const ChangeTender& command, domain::TimePoint now) {
    std::optional<persistence::TenderRecord> updated;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, command.tender_id, commissioner);
        domain::require_current(tender.version, command.version);
        domain::require_configuration_editable(tender.status);
        const auto details = domain::patched(tender.details, command.changes);
        domain::refuse_if(domain::merged(command.unreadable, domain::validate(details)));
        // The tender's row is locked: the version checked is still current.
        persistence::update_tender(tx, tender.id, command.version, details);
        updated = persistence::find_tender(tx, tender.id);
        append_audit(tx, commissioner, now,
                     {tender.id, "tender.update", "tender", tender.id,
                      boost::json::object{{"version", command.version}},
                      boost::json::object{{"version", updated->version}, {"fields", command.fields}}});
    });
    return std::move(*updated);
}

}  // namespace collabtender::app
