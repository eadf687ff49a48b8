#pragma once

#include <string>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

struct CancelLot {
    domain::TenderId tender_id;
    domain::LotId lot_id;
    std::string reason;
};

// None of the lot's bids is evaluated or awarded from now on. Every partnership
// with a bid for it is told, with the reason: a formal notice. Refuses a tender
// the commissioner may not see or manage (not_found, forbidden), a lot not of it
// (not_found), a lot already cancelled (lot_already_cancelled), before bidding
// has begun or once the tender is settled (not_cancellable) and once its award
// is proposed (award_proposed).
persistence::LotRecord cancel_lot(persistence::Connection& db, const domain::Principal& commissioner,
                                  const CancelLot& command, domain::TimePoint now);

}  // namespace collabtender::app
