#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/tenders/commands.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {

// PATCH /api/v1/tenders/{tender_id}/lots/{lot_id} with If-Match: a JSON merge
// patch of the lot's details (app::change_lot).
Response patch_lot(const Request& request, Context& context) {
    const int version = required_if_match(request);
    auto command = read_command<app::ChangeLot>(request);
    command.tender_id = domain::TenderId{request.param("tender_id")};
    command.lot_id = domain::LotId{request.param("lot_id")};
    command.version = version;
    const auto updated = app::change_lot(*context.db, *context.principal, command, context.now);
    auto response = json_response(200, lot_json(updated));
    response.headers.emplace_back("ETag", etag(updated.version));
    return response;
}

}  // namespace collabtender::api
