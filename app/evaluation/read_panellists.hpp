#pragma once

#include <vector>

#include "persistence/evaluation_repository.hpp"

namespace collabtender::app {

// The accounts a commissioner may seat on a panel: names and organisations only,
// nothing a panellist shares about their own life.
std::vector<persistence::PanellistRecord> read_panellists(persistence::Connection& db);

}  // namespace collabtender::app
