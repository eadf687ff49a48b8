#include "api/consortia/consortium_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/partners/commands.hpp"

namespace collabtender::api {

// PUT /api/v1/tenders/{tender_id}/lots/{lot_id}/partner-register/mine: the caller's
// organisation's entry (app::save_partner_listing).
Response put_partner_listing(const Request& request, Context& context) {
    auto command = read_command<app::SavePartnerListing>(request);
    command.tender_id = domain::TenderId{request.param("tender_id")};
    command.lot_id = domain::LotId{request.param("lot_id")};
    return json_response(
        200, partner_listing_json(app::save_partner_listing(*context.db, *context.principal, command, context.now)));
}

}  // namespace collabtender::api
