#include <boost/json.hpp>

#include "api/consortia/consortium_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/partners/read_partner_register.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/lots/{lot_id}/partner-register
// (app::read_partner_register).
Response get_partner_register(const Request& request, Context& context) {
    boost::json::array items;
    for (const auto& listing :
         app::read_partner_register(*context.db, *context.principal, domain::TenderId{request.param("tender_id")},
                                    domain::LotId{request.param("lot_id")}))
        items.push_back(partner_listing_json(listing));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
