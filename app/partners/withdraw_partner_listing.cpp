#include "app/partners/withdraw_partner_listing.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/refusal.hpp"
#include "persistence/consortia_repository.hpp"

namespace collabtender::app {

void withdraw_partner_listing(persistence::Connection& db, const domain::Principal& provider,
                              const domain::TenderId& tender_id, const domain::LotId& lot_id, domain::TimePoint now) {
    db.transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, tender_id, provider);
        const auto lot = persistence::find_lot(tx, tender.id, lot_id);
        const auto& organisation_id = provider.organisation_id;
        if (!lot || !persistence::delete_partner_listing(tx, lot->id, organisation_id))
            throw domain::Refusal{domain::RefusalCode::not_found,
                                  "Your organisation is not on this lot's partner register."};
        append_audit(tx, provider, now,
                     {tender.id, "partner_listing.delete", "lot", lot->id,
                      boost::json::object{{"organisation_id", organisation_id}, {"listed", true}},
                      boost::json::object{{"organisation_id", organisation_id}, {"listed", false}}});
    });
}

}  // namespace collabtender::app
