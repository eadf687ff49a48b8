#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/evaluation/panel_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/panels: every panel for the tender's
// commissioners; for a panellist, only the panels they sit on.
Response get_panels(const Request& request, Context& context) {
    boost::json::array items;
    context.db->transact([&](persistence::Tx& tx) {
        items.clear();
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        const bool commissioner = may_manage_tender(context.principal, tender);
        if (!commissioner && context.principal->role != domain::Role::panellist) throw problems::forbidden();
        for (const auto& panel : persistence::list_panels(tx, tender.id))
            if (commissioner || panel.member(context.principal->user_id)) items.push_back(panel_json(panel));
    });
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
