#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {

// A tender's lots in number order; a tender has a handful, never a page's worth.
Response get_lots(const Request& request, Context& context) {
    std::vector<persistence::LotRecord> lots;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        lots = persistence::list_lots(tx, tender.id);
    });
    boost::json::array items;
    for (const auto& lot : lots) items.push_back(lot_json(lot));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
