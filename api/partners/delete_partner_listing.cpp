#include "api/handlers.hpp"
#include "app/partners/withdraw_partner_listing.hpp"

namespace collabtender::api {

// DELETE /api/v1/tenders/{tender_id}/lots/{lot_id}/partner-register/mine: the
// caller's organisation withdraws (app::withdraw_partner_listing).
Response delete_partner_listing(const Request& request, Context& context) {
    app::withdraw_partner_listing(*context.db, *context.principal, domain::TenderId{request.param("tender_id")},
                                  domain::LotId{request.param("lot_id")}, context.now);
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
