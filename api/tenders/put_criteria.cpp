#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/tenders/commands.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {
namespace {

// The set of criteria replaced with If-Match (app::set_criteria): the tender's, or
// a lot's own, whose answer also says whether the lot now inherits the tender's.
Response replace_criteria(const Request& request, Context& context, const std::optional<domain::LotId>& lot_id) {
    const int version = required_if_match(request);
    auto command = read_command<app::SetCriteria>(request);
    command.tender_id = domain::TenderId{request.param("tender_id")};
    command.lot_id = lot_id;
    command.version = version;
    const auto set = app::set_criteria(*context.db, *context.principal, command, context.now);
    boost::json::object out{{"criteria", criteria_json(set.criteria)}};
    if (lot_id) out["inherited"] = set.inherited;
    auto response = json_response(200, out);
    response.headers.emplace_back("ETag", etag(set.version));
    return response;
}

}  // namespace

// PUT /api/v1/tenders/{tender_id}/criteria.
Response put_criteria(const Request& request, Context& context) {
    return replace_criteria(request, context, std::nullopt);
}

// PUT /api/v1/tenders/{tender_id}/lots/{lot_id}/criteria.
Response put_lot_criteria(const Request& request, Context& context) {
    return replace_criteria(request, context, domain::LotId{request.param("lot_id")});
}

}  // namespace collabtender::api
