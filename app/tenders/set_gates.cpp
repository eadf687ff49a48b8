#include "app/tenders/set_gates.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/settings/installation_settings.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/refusal.hpp"
#include "domain/tender_lifecycle.hpp"

namespace collabtender::app {

GateSet set_gates(persistence::Connection& db, const domain::Principal& commissioner, const SetGates& command,
                  domain::TimePoint now) {
    GateSet out;
    db.transact([&](persistence::Tx& tx) {
        out = {};
        const auto tender = manageable_tender(tx, command.tender_id, commissioner);
        domain::require_current(tender.version, command.version);
        domain::require_configuration_editable(tender.status);
        std::vector<domain::LotId> lot_ids;
        for (const auto& lot : persistence::list_lots(tx, tender.id)) lot_ids.push_back(lot.id);
        auto gates = command.gates;
        const auto unset = domain::with_real_living_wage(gates, current_settings(tx).real_living_wage_pence);
        domain::refuse_if(
            domain::merged(domain::merged(command.unreadable, unset), domain::check_gate_lots(gates, lot_ids)));
        for (const auto& gate : gates)
            if (gate) out.gates.push_back(*gate);
        const auto replaced = persistence::list_gates(tx, tender.id).size();
        persistence::replace_gates(tx, tender.id, out.gates);
        // The tender's row is locked: the version checked is still current.
        out.version = *persistence::bump_tender_version(tx, tender.id, command.version);
        append_audit(tx, commissioner, now,
                     {tender.id, "gates.replace", "tender", tender.id,
                      boost::json::object{{"gates", replaced}, {"version", command.version}},
                      boost::json::object{{"gates", out.gates.size()}, {"version", out.version}}});
    });
    return out;
}

}  // namespace collabtender::app
