#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

// A tender's lots in number order (a tender has a handful, never a page's worth).
// Refuses a tender the reader may not read (not_found).
std::vector<persistence::LotRecord> read_lots(persistence::Connection& db,
                                              const std::optional<domain::Principal>& reader,
                                              const domain::TenderId& tender_id);

}  // namespace collabtender::app
