#pragma once

#include "api/router.hpp"
#include "app/evaluation/lot_ranking.hpp"
#include "app/tenders/tender_access.hpp"

namespace collabtender::api {

// A lot the caller manages, and where its bids stand after stage 2, for handlers
// not yet moved to app/.
using app::managed_lot;
using app::ManagedLot;
using app::rank_lot;
using app::RankedLot;
using app::require_manager;

// A cancelled lot is neither ranked nor awarded: 409.
void require_lot_active(const persistence::LotRecord& lot);

// Ranking and award need stage 2 closed: 409 before.
void require_stage2_closed(const persistence::TenderRecord& tender);

}  // namespace collabtender::api
