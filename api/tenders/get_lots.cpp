#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/tenders/tender_json.hpp"
#include "app/tenders/read_lots.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/lots: the tender's lots in number order (app::read_lots).
Response get_lots(const Request& request, Context& context) {
    boost::json::array items;
    for (const auto& lot : app::read_lots(*context.db, context.principal, domain::TenderId{request.param("tender_id")}))
        items.push_back(lot_json(lot));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
