#include "api/handlers.hpp"
#include "app/pin/register_interest.hpp"

namespace collabtender::api {

// PUT /api/v1/tenders/{tender_id}/lots/{lot_id}/interest: the provider's
// organisation registers interest in the lot, idempotently (app::register_interest).
Response put_lot_interest(const Request& request, Context& context) {
    app::register_interest(*context.db, *context.principal,
                           {domain::TenderId{request.param("tender_id")}, domain::LotId{request.param("lot_id")}},
                           context.now);
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
