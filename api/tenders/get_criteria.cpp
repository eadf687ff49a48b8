#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/tenders/tender_json.hpp"
#include "app/tenders/read_criteria.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/criteria: the tender's award criteria (app::read_criteria).
Response get_criteria(const Request& request, Context& context) {
    const auto read =
        app::read_criteria(*context.db, context.principal, domain::TenderId{request.param("tender_id")}, std::nullopt);
    auto response = json_response(200, boost::json::object{{"criteria", criteria_json(read.criteria)}});
    response.headers.emplace_back("ETag", etag(read.version));
    return response;
}

}  // namespace collabtender::api
