#include <boost/json.hpp>

#include "api/consortia/consortium_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/consortia/read_consortia.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/consortia: those the caller may see
// (app::list_consortia).
Response get_consortia(const Request& request, Context& context) {
    const auto seen =
        app::list_consortia(*context.db, *context.principal, domain::TenderId{request.param("tender_id")}, context.now);
    boost::json::array items;
    for (const auto& consortium : seen.consortia) items.push_back(consortium_json(consortium, seen.reveal_lock));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
