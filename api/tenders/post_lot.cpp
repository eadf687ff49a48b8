#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/tenders/commands.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {

// POST /api/v1/tenders/{tender_id}/lots: a lot's details (app::add_lot).
Response post_lot(const Request& request, Context& context) {
    auto command = read_command<app::AddLot>(request);
    command.tender_id = domain::TenderId{request.param("tender_id")};
    const auto created = app::add_lot(*context.db, *context.principal, command, context.now);
    auto response = json_response(201, lot_json(created));
    response.headers.emplace_back("Location",
                                  "/api/v1/tenders/" + created.tender_id.str() + "/lots/" + created.id.str());
    response.headers.emplace_back("ETag", etag(created.version));
    return response;
}

}  // namespace collabtender::api
