#pragma once

// A tender's evaluation panel: who sees it, and what forming or changing one checks and tells.
#include <optional>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/panel.hpp"
#include "domain/time_point.hpp"
#include "persistence/evaluation_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

// A panel as a commissioner forms or changes it: its lot (none: every lot
// without a panel of its own; set only when formed), members and the date
// members are reminded before.
struct PanelForm {
    std::string name;
    std::optional<domain::LotId> lot_id;
    std::vector<domain::PanelMember> members;
    std::optional<domain::TimePoint> scoring_due_at;
};

// The lot is one of the tender's and every member a panellist's account (invalid).
void check_panel_form(persistence::Tx& tx, const persistence::TenderRecord& tender, const PanelForm& form);

// Each member of the panel hears once that they are on it.
void tell_panel_members(persistence::Tx& tx, const domain::Principal& commissioner, domain::TimePoint now,
                        const persistence::TenderRecord& tender, const domain::PanelId& panel_id,
                        const PanelForm& form);

// Commissioners of the tender see every panel; a panellist only the panels they
// sit on; anyone else finds nothing (not_found).
struct VisiblePanel {
    persistence::PanelRecord panel;
    persistence::TenderRecord tender;
    bool commissioner = false;
};
VisiblePanel visible_panel(persistence::Tx& tx, const domain::PanelId& panel_id, const domain::Principal& principal);

}  // namespace collabtender::app
