#pragma once

#include <string>

#include "app/evaluation/panel.hpp"
#include "domain/ids.hpp"

namespace collabtender::app {

struct FormPanel {
    domain::TenderId tender_id;
    PanelForm panel;
};

// A panel for one lot of the tender, or for every lot without its own; its
// members are told. Refuses whoever does not manage the tender (not_found,
// forbidden), a tender past its award proposal (panels_closed), a lot not of the
// tender or a member who is not a panellist (invalid), and a second panel for
// the same lot, or for all lots (panel_exists).
persistence::PanelRecord form_panel(persistence::Connection& db, const domain::Principal& commissioner,
                                    const FormPanel& command, domain::TimePoint now);

}  // namespace collabtender::app
