#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/consortia/consortium_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"

namespace collabtender::api {

// A lot's partner register: open to every provider, and to the owning body.
Response get_partner_register(const Request& request, Context& context) {
    std::vector<persistence::PartnerListingRecord> listings;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        if (context.principal->role != domain::Role::provider && !may_manage_tender(context.principal, tender))
            throw problems::forbidden();
        const auto lot = persistence::find_lot(tx, tender.id, request.param("lot_id"));
        if (!lot) throw problems::not_found("No such lot.");
        listings = persistence::list_partner_listings(tx, lot->id);
    });
    boost::json::array items;
    for (const auto& listing : listings) items.push_back(partner_listing_json(listing));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
