#include "app/evaluation/form_panel.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/tenders/tender_access.hpp"

namespace collabtender::app {

persistence::PanelRecord form_panel(persistence::Connection& db, const domain::Principal& commissioner,
                                    const FormPanel& command, domain::TimePoint now) {
    const auto& form = command.panel;
    persistence::PanelRecord created;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, command.tender_id, commissioner);
        domain::require_panels_editable(tender.status);
        check_panel_form(tx, tender, form);
        std::vector<std::optional<domain::LotId>> existing;
        for (const auto& panel : persistence::list_panels(tx, tender.id)) existing.push_back(panel.lot_id);
        domain::require_no_panel_for(existing, form.lot_id);
        const auto id = persistence::insert_panel(tx, tender.id, form.lot_id, form.name, form.scoring_due_at, now);
        persistence::replace_panel_members(tx, id, form.members);
        created = *persistence::find_panel(tx, id);
        tell_panel_members(tx, commissioner, now, tender, id, form);
        append_audit(tx, commissioner, now,
                     {tender.id, "panel.create", "panel", id, nullptr,
                      boost::json::object{{"lot_id", form.lot_id ? boost::json::value_from(*form.lot_id) : nullptr},
                                          {"members", form.members.size()}}});
    });
    return created;
}

}  // namespace collabtender::app
