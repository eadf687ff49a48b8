#include "app/partners/read_partner_register.hpp"

#include "app/tenders/tender_access.hpp"
#include "domain/partner_listing.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

std::vector<persistence::PartnerListingRecord> read_partner_register(persistence::Connection& db,
                                                                     const domain::Principal& principal,
                                                                     const domain::TenderId& tender_id,
                                                                     const domain::LotId& lot_id) {
    std::vector<persistence::PartnerListingRecord> listings;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, tender_id, principal);
        domain::require_may_read_register(principal, tender.organisation_id);
        const auto lot = persistence::find_lot(tx, tender.id, lot_id);
        if (!lot) throw domain::Refusal{domain::RefusalCode::not_found, "No such lot."};
        listings = persistence::list_partner_listings(tx, lot->id);
    });
    return listings;
}

}  // namespace collabtender::app
