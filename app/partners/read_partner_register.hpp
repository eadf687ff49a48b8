#pragma once

#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/consortia_repository.hpp"

namespace collabtender::app {

// A lot's partner register: open to every provider, and to the owning body. Refuses
// a tender the caller may not read and a lot not of it (not_found), and anyone else
// (forbidden).
std::vector<persistence::PartnerListingRecord> read_partner_register(persistence::Connection& db,
                                                                     const domain::Principal& principal,
                                                                     const domain::TenderId& tender_id,
                                                                     const domain::LotId& lot_id);

}  // namespace collabtender::app
