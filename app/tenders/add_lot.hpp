#pragma once

#include <string>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/lot.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

struct AddLot {
    domain::TenderId tender_id;
    domain::LotDetails lot;
};

// A lot added to a tender before stage 1 opens. Refuses a tender the
// commissioner may not see or manage (not_found, forbidden) and a frozen one
// (tender_frozen).
persistence::LotRecord add_lot(persistence::Connection& db, const domain::Principal& commissioner,
                               const AddLot& command, domain::TimePoint now);

}  // namespace collabtender::app
