#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/checklist/checklist_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"

namespace collabtender::api {

// Every saved version, newest first.
Response get_checklist_history(const Request& request, Context& context) {
    std::vector<persistence::ChecklistVersion> history;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        history = persistence::checklist_history(tx, tender.id);
    });
    boost::json::array items;
    for (const auto& version : history) items.push_back(checklist_json(version));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
