#include "app/tenders/set_criteria.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/refusal.hpp"
#include "domain/tender_lifecycle.hpp"

namespace collabtender::app {

CriteriaSet set_criteria(persistence::Connection& db, const domain::Principal& commissioner,
                         const SetCriteria& command, domain::TimePoint now) {
    CriteriaSet out{command.criteria, command.lot_id && domain::inherits_criteria(command.criteria.size()), 0};
    db.transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, command.tender_id, commissioner);
        std::optional<domain::LotId> lot_id;
        if (command.lot_id) lot_id = tender_lot(tx, tender, *command.lot_id).id;
        domain::require_current(tender.version, command.version);
        domain::require_configuration_editable(tender.status);
        domain::refuse_if(domain::merged(
            command.unreadable, out.inherited ? domain::Violations{}
                                              : domain::validate_criteria(command.criteria, tender.details.price_weight,
                                                                          tender.details.scoring_scale)));
        const auto replaced = persistence::list_criteria(tx, tender.id, lot_id).size();
        persistence::replace_criteria(tx, tender.id, lot_id, command.criteria);
        // The tender's row is locked: the version checked is still current.
        out.version = *persistence::bump_tender_version(tx, tender.id, command.version);
        // A lot's own set is the lot's entity; the counts say what was replaced by what.
        append_audit(
            tx, commissioner, now,
            {tender.id, "criteria.replace", lot_id ? "lot" : "tender", lot_id ? lot_id->str() : tender.id.str(),
             boost::json::object{{"criteria", replaced}, {"tender_version", command.version}},
             boost::json::object{{"criteria", command.criteria.size()}, {"tender_version", out.version}}});
    });
    return out;
}

}  // namespace collabtender::app
