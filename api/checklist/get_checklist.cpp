#include <boost/json.hpp>

#include "api/checklist/checklist_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "app/checklist/read_checklist.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/checklist: the current checklist, for whoever
// may read the tender (app::read_checklist). Its ETag is its version.
Response get_checklist(const Request& request, Context& context) {
    const auto current =
        app::read_checklist(*context.db, context.principal, domain::TenderId{request.param("tender_id")});
    auto response = json_response(200, checklist_json(current));
    response.headers.emplace_back("ETag", etag(current.version));
    return response;
}

}  // namespace collabtender::api
