#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/evaluation/panel_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "api/preconditions.hpp"
#include "api/problem.hpp"

namespace collabtender::api {

// POST /api/v1/tenders/{tender_id}/panels: a panel for one lot, or (lot_id null)
// for every lot without its own. One panel per lot; 409 for a second.
Response post_panel(const Request& request, Context& context) {
    const auto body = read_panel_body(request, true);
    std::optional<persistence::PanelRecord> created;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, request.param("tender_id"), context.principal);
        if (!domain::panels_editable(tender.status))
            throw problems::conflict("Panels can no longer be changed on this tender.");
        check_panel_body(tx, tender, body);
        for (const auto& existing : persistence::list_panels(tx, tender.id))
            if (existing.lot_id == body.lot_id)
                throw problems::conflict(body.lot_id ? "This lot already has a panel." : "The tender already has a panel for all lots.");
        const auto id = persistence::insert_panel(tx, tender.id, body.lot_id, body.name, body.scoring_due_at, context.now);
        persistence::replace_panel_members(tx, id, body.members);
        created = persistence::find_panel(tx, id);
        tell_panel_members(tx, context, tender, id, body);
        audit(tx, context, {tender.id, "panel.create", "panel", id, nullptr,
                            boost::json::object{{"lot_id", nullable(body.lot_id)}, {"members", body.members.size()}}});
    });
    auto response = json_response(201, panel_json(*created));
    response.headers.emplace_back("Location", "/api/v1/panels/" + created->id);
    response.headers.emplace_back("ETag", etag(created->version));
    return response;
}

}  // namespace collabtender::api
