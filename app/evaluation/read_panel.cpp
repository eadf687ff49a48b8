#include "app/evaluation/read_panel.hpp"

#include "app/evaluation/panel.hpp"

namespace collabtender::app {

PanelView read_panel(persistence::Connection& db, const domain::Principal& reader, const domain::PanelId& panel_id) {
    PanelView out;
    db.transact([&](persistence::Tx& tx) {
        auto visible = visible_panel(tx, panel_id, reader);
        out = {std::move(visible.panel), visible.commissioner, {}};
        if (!out.commissioner) return;
        for (const auto& m : out.panel.members)
            out.links[m.member.user_id] = persistence::organisation_links(tx, m.member.user_id);
    });
    return out;
}

}  // namespace collabtender::app
