#pragma once

#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/evaluation_repository.hpp"

namespace collabtender::app {

// A tender's panels: every one for its commissioners, those they sit on for a
// panellist. Refuses a tender the caller may not read (not_found) and anyone
// else (forbidden).
std::vector<persistence::PanelRecord> read_panels(persistence::Connection& db, const domain::Principal& reader,
                                                  const domain::TenderId& tender_id);

}  // namespace collabtender::app
