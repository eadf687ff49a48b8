#pragma once

#include <string>

#include "app/evaluation/panel.hpp"
#include "domain/ids.hpp"

namespace collabtender::app {

struct ChangePanel {
    domain::PanelId panel_id;
    int version = 0;  // the version the change was made to (If-Match)
    PanelForm panel;  // its lot_id is not read: the lot a panel evaluates does not change
};

// Renames the panel and replaces its members, e.g. when a panellist cannot go
// on; the members are told. Scores of someone no longer on the panel stop
// counting. Refuses whoever cannot see the panel (not_found), a panellist
// (forbidden), a tender past its award proposal (panels_closed), a member who is
// not a panellist (invalid) and a change to an older version (stale).
persistence::PanelRecord change_panel(persistence::Connection& db, const domain::Principal& commissioner,
                                      const ChangePanel& command, domain::TimePoint now);

}  // namespace collabtender::app
