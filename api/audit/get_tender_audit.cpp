#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "api/query.hpp"
#include "app/audit/read_tender_audit.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/audit (app::read_tender_audit): the tender's
// chain, oldest first, for its commissioners. Each item is the canonical event
// with its hashes, and who acted in words (`actor_name`, `actor_organisation`).
Response get_tender_audit(const Request& request, Context& context) {
    const auto page = paging(query_parameters(request, {"limit", "offset"}));
    const auto audit = app::read_tender_audit(*context.db, *context.principal,
                                              {domain::TenderId{request.param("tender_id")}, page.limit, page.offset});
    boost::json::array items;
    for (const auto& audited : audit.items) {
        auto item = audited.event;
        item["previous_hash"] = audited.previous_hash;
        item["hash"] = audited.hash;
        if (audited.actor) {
            item["actor_name"] = nullable(audited.actor->person);
            item["actor_organisation"] = nullable(audited.actor->organisation);
        }
        items.push_back(std::move(item));
    }
    return json_response(200, boost::json::object{
                                  {"items", std::move(items)}, {"total", audit.total}, {"limit", page.limit}, {"offset", page.offset}});
}

}  // namespace collabtender::api
