#include <boost/json.hpp>

#include "api/bids/bid_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/query.hpp"
#include "app/bids/read_tender_bids.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/submissions?stage=1: once a stage's deadline has
// passed, the latest standing submission of each bid with its content
// (app::read_tender_submissions). Sealed (409) until then.
Response get_tender_submissions(const Request& request, Context& context) {
    const int stage = stage_parameter(request).value_or(1);
    boost::json::array items;
    for (const auto& s : app::read_tender_submissions(
             *context.db, context.principal, domain::TenderId{request.param("tender_id")}, stage, context.now)) {
        auto item = receipt_json(s);
        item["content"] = persistence::parse_stored_json(s.content_json);
        items.push_back(std::move(item));
    }
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
