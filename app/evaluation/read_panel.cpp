#include "app/evaluation/read_panel.hpp"

#include "app/evaluation/panel.hpp"

namespace collabtender::app {

PanelView read_panel(persistence::Connection& db, const domain::Principal& reader, const domain::PanelId& panel_id) {
    PanelView out;
    db.transact([&](persistence::Tx& tx) {
        auto visible = visible_panel(tx, panel_id, reader);
        out = {std::move(visible.panel), visible.commissioner, {}};
        if (!out.commissioner) return;
        std::vector<domain::UserId> members;
        for (const auto& m : out.panel.members) members.push_back(m.member.user_id);
        out.links = persistence::organisation_links(tx, members);
        for (const auto& id : members) out.links[id];  // a member with no links has an empty list
    });
    return out;
}

}  // namespace collabtender::app
