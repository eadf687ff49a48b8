#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/tenders/tender_json.hpp"
#include "app/tenders/read_tender.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id} (app::read_tender).
Response get_tender(const Request& request, Context& context) {
    const auto tender = app::read_tender(*context.db, context.principal, domain::TenderId{request.param("tender_id")});
    auto response = json_response(200, tender_json(tender));
    response.headers.emplace_back("ETag", etag(tender.version));
    return response;
}

}  // namespace collabtender::api
