#pragma once

#include <optional>
#include <string>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

// One lot of a tender. Refuses a tender the reader may not read and a lot not of
// it (not_found).
persistence::LotRecord read_lot(persistence::Connection& db, const std::optional<domain::Principal>& reader,
                                const domain::TenderId& tender_id, const domain::LotId& lot_id);

}  // namespace collabtender::app
