#include "api/evaluation/lot_ranking.hpp"

#include "domain/award.hpp"
#include "domain/lot.hpp"

namespace collabtender::api {

void require_lot_active(const persistence::LotRecord& lot) {
    domain::require_lot_going_ahead(lot.cancellation.has_value(), domain::LotUse::ranking);
}

void require_stage2_closed(const persistence::TenderRecord& tender) { domain::require_stage2_closed(tender.status); }

}  // namespace collabtender::api
