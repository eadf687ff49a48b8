#include "app/partners/save_partner_listing.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

persistence::PartnerListingRecord save_partner_listing(persistence::Connection& db, const domain::Principal& provider,
                                                       const SavePartnerListing& command, domain::TimePoint now) {
    persistence::PartnerListingRecord saved;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, command.tender_id, provider);
        domain::require_register_open(tender.status);
        const auto lot = persistence::find_lot(tx, tender.id, command.lot_id);
        if (!lot) throw domain::Refusal{domain::RefusalCode::not_found, "No such lot."};
        const auto& organisation_id = provider.organisation_id;
        bool was_listed = false;
        for (const auto& entry : persistence::list_partner_listings(tx, lot->id))
            was_listed = was_listed || entry.organisation_id == organisation_id;
        persistence::save_partner_listing(tx, lot->id, organisation_id, command.listing, provider.user_id, now);
        for (auto& entry : persistence::list_partner_listings(tx, lot->id))
            if (entry.organisation_id == organisation_id) saved = std::move(entry);
        // Who is listed, not the listing: it names a contact person.
        append_audit(tx, provider, now,
                     {tender.id, "partner_listing.save", "lot", lot->id,
                      boost::json::object{{"organisation_id", organisation_id}, {"listed", was_listed}},
                      boost::json::object{{"organisation_id", organisation_id}, {"listed", true}}});
    });
    return saved;
}

}  // namespace collabtender::app
