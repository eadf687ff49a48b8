#pragma once

#include <string>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/partner_listing.hpp"
#include "domain/time_point.hpp"
#include "persistence/consortia_repository.hpp"

namespace collabtender::app {

struct SavePartnerListing {
    domain::TenderId tender_id;
    domain::LotId lot_id;
    domain::PartnerListing listing;
};

// Puts the caller's organisation on a lot's partner register, or replaces its
// entry; returns the entry. Refuses a tender the caller may not read and a lot not
// of it (not_found), and a tender that no longer takes participation (register_closed).
persistence::PartnerListingRecord save_partner_listing(persistence::Connection& db, const domain::Principal& provider,
                                                       const SavePartnerListing& command, domain::TimePoint now);

}  // namespace collabtender::app
