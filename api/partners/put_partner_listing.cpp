#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/consortia/consortium_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "domain/tender_lifecycle.hpp"

namespace collabtender::api {

// Puts the caller's organisation on a lot's partner register, or replaces its entry.
Response put_partner_listing(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    domain::PartnerListing listing;
    fields.text("offers", listing.offers);
    fields.texts("localities", listing.localities, Need::optional);
    fields.texts("roles", listing.roles);
    fields.text("contact_name", listing.contact_name);
    fields.text("contact_email", listing.contact_email);
    fields.finish(domain::validate(listing));

    std::optional<persistence::PartnerListingRecord> saved;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        if (!domain::participation_open(tender.status))
            throw Problem{409, "participation-closed", "Register closed",
                          "The partner register is open only while the tender is published and open."};
        const auto lot = persistence::find_lot(tx, tender.id, request.param("lot_id"));
        if (!lot) throw problems::not_found("No such lot.");
        const auto& p = *context.principal;
        bool was_listed = false;
        for (const auto& entry : persistence::list_partner_listings(tx, lot->id))
            was_listed = was_listed || entry.organisation_id == p.organisation_id;
        persistence::save_partner_listing(tx, lot->id, p.organisation_id, listing, p.user_id, context.now);
        for (auto& entry : persistence::list_partner_listings(tx, lot->id))
            if (entry.organisation_id == p.organisation_id) saved = std::move(entry);
        // Who is listed, not the listing: it names a contact person.
        audit(tx, context, {tender.id, "partner_listing.save", "lot", lot->id,
                            boost::json::object{{"organisation_id", p.organisation_id}, {"listed", was_listed}},
                            boost::json::object{{"organisation_id", p.organisation_id}, {"listed", true}}});
    });
    return json_response(200, partner_listing_json(*saved));
}

}  // namespace collabtender::api
