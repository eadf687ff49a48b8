#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/tenders/tender_json.hpp"
#include "app/tenders/read_lot.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/lots/{lot_id} (app::read_lot).
Response get_lot(const Request& request, Context& context) {
    const auto lot = app::read_lot(*context.db, context.principal, domain::TenderId{request.param("tender_id")},
                                   domain::LotId{request.param("lot_id")});
    auto response = json_response(200, lot_json(lot));
    response.headers.emplace_back("ETag", etag(lot.version));
    return response;
}

}  // namespace collabtender::api
