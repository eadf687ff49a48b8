#include "api/handlers.hpp"
#include "api/preconditions.hpp"
#include "app/tenders/remove_lot.hpp"

namespace collabtender::api {

// DELETE /api/v1/tenders/{tender_id}/lots/{lot_id} with If-Match (app::remove_lot).
Response delete_lot(const Request& request, Context& context) {
    app::remove_lot(*context.db, *context.principal,
                    {domain::TenderId{request.param("tender_id")}, domain::LotId{request.param("lot_id")},
                     required_if_match(request)},
                    context.now);
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
