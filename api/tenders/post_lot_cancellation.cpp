#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/tenders/tender_json.hpp"
#include "app/tenders/cancel_lot.hpp"

namespace collabtender::api {

// POST /api/v1/tenders/{tender_id}/lots/{lot_id}/cancellation {"reason"}: the
// lot's bids go no further, and their partnerships are told (app::cancel_lot).
Response post_lot_cancellation(const Request& request, Context& context) {
    const auto cancelled = app::cancel_lot(
        *context.db, *context.principal,
        {domain::TenderId{request.param("tender_id")}, domain::LotId{request.param("lot_id")}, read_reason(request)},
        context.now);
    return json_response(200, lot_json(cancelled));
}

}  // namespace collabtender::api
