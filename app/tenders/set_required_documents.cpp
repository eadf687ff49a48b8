#include "app/tenders/set_required_documents.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/refusal.hpp"
#include "domain/tender_lifecycle.hpp"

namespace collabtender::app {

RequiredDocuments set_required_documents(persistence::Connection& db, const domain::Principal& commissioner,
                                         const SetRequiredDocuments& command, domain::TimePoint now) {
    RequiredDocuments out{command.documents, 0};
    db.transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, command.tender_id, commissioner);
        domain::require_current(tender.version, command.version);
        domain::require_configuration_editable(tender.status);
        const auto replaced = persistence::list_required_documents(tx, tender.id).size();
        persistence::replace_required_documents(tx, tender.id, command.documents);
        // The tender's row is locked: the version checked is still current.
        out.version = *persistence::bump_tender_version(tx, tender.id, command.version);
        append_audit(tx, commissioner, now,
                     {tender.id, "required_documents.replace", "tender", tender.id,
                      boost::json::object{{"documents", replaced}, {"version", command.version}},
                      boost::json::object{{"documents", command.documents.size()}, {"version", out.version}}});
    });
    return out;
}

}  // namespace collabtender::app
