#include "api/handlers.hpp"
#include "app/pin/withdraw_interest.hpp"

namespace collabtender::api {

// DELETE /api/v1/tenders/{tender_id}/lots/{lot_id}/interest (app::withdraw_interest).
Response delete_lot_interest(const Request& request, Context& context) {
    app::withdraw_interest(*context.db, *context.principal,
                           {domain::TenderId{request.param("tender_id")}, domain::LotId{request.param("lot_id")}},
                           context.now);
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
