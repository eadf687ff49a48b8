#include "app/consortia/form_consortium.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/tenders/tender_access.hpp"

namespace collabtender::app {

persistence::ConsortiumRecord form_consortium(persistence::Connection& db, const domain::Principal& provider,
                                              const FormConsortium& command, domain::TimePoint now) {
    persistence::ConsortiumRecord formed;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, command.tender_id, provider);
        domain::require_consortia_taken(tender.status);
        const auto id = persistence::insert_consortium(tx, tender.id, command.name, provider.organisation_id,
                                                       command.lead_share_bp, provider.user_id, now);
        // A new consortium has no bids whose sign-offs a change could void.
        persistence::bump_consortium_version(tx, id);
        formed = *persistence::find_consortium(tx, id);
        append_audit(tx, provider, now,
                     {tender.id, "consortium.create", "consortium", id, nullptr,
                      boost::json::object{{"lead_organisation_id", provider.organisation_id},
                                          {"lead_share_bp", command.lead_share_bp}}});
    });
    return formed;
}

}  // namespace collabtender::app
