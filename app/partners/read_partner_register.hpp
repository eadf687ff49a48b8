#pragma once

#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "persistence/consortia_repository.hpp"

namespace collabtender::app {

// A lot's partner register: open to every provider, and to the owning body. Refuses
// a tender the caller may not read and a lot not of it (not_found), and anyone else
// (forbidden).
std::vector<persistence::PartnerListingRecord> read_partner_register(persistence::Connection& db,
                                                                     const domain::Principal& principal,
                                                                     const std::string& tender_id,
                                                                     const std::string& lot_id);

}  // namespace collabtender::app
