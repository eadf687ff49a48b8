#include "app/evaluation/change_panel.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "domain/evaluation_access.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

persistence::PanelRecord change_panel(persistence::Connection& db, const domain::Principal& commissioner,
                                      const ChangePanel& command, domain::TimePoint now) {
    const auto& form = command.panel;
    persistence::PanelRecord updated;
    db.transact([&](persistence::Tx& tx) {
        const auto visible = visible_panel(tx, command.panel_id, commissioner);
        const auto& panel = visible.panel;
        domain::require_commissioner(visible.commissioner);
        domain::require_panels_editable(visible.tender.status);
        check_panel_form(tx, visible.tender, form);
        domain::require_current(panel.version, command.version);
        if (!persistence::update_panel(tx, panel.id, command.version, form.name, form.scoring_due_at))  // changed meanwhile
            domain::require_current(persistence::find_panel(tx, panel.id)->version, command.version);
        persistence::replace_panel_members(tx, panel.id, form.members);
        updated = *persistence::find_panel(tx, panel.id);
        tell_panel_members(tx, commissioner, now, visible.tender, panel.id, form);
        append_audit(tx, commissioner, now,
                     {visible.tender.id, "panel.update", "panel", panel.id,
                      boost::json::object{{"version", panel.version}, {"members", panel.members.size()}},
                      boost::json::object{{"version", updated.version}, {"members", updated.members.size()}}});
    });
    return updated;
}

}  // namespace collabtender::app
