#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/checklist/checklist_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"

namespace collabtender::api {

// The current checklist (version 0, empty, until first saved). It is part of the
// tender's accountability: whoever may read the tender may read it.
Response get_checklist(const Request& request, Context& context) {
    persistence::ChecklistVersion current;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        const auto history = persistence::checklist_history(tx, tender.id);
        current = history.empty() ? persistence::ChecklistVersion{} : history.front();
    });
    auto response = json_response(200, checklist_json(current));
    response.headers.emplace_back("ETag", etag(current.version));
    return response;
}

}  // namespace collabtender::api
