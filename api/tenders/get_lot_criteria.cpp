#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/tenders/tender_json.hpp"
#include "app/tenders/read_criteria.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/lots/{lot_id}/criteria: the criteria a lot's bids
// are scored on, its own or else the tender's ("inherited") (app::read_criteria).
Response get_lot_criteria(const Request& request, Context& context) {
    const auto read = app::read_criteria(*context.db, context.principal, domain::TenderId{request.param("tender_id")},
                                         domain::LotId{request.param("lot_id")});
    auto response = json_response(
        200, boost::json::object{{"criteria", criteria_json(read.criteria)}, {"inherited", read.inherited}});
    response.headers.emplace_back("ETag", etag(read.version));
    return response;
}

}  // namespace collabtender::api
