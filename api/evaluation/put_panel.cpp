#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/evaluation/panel_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/problem.hpp"

namespace collabtender::api {

// PUT /api/v1/panels/{panel_id}: renames the panel and replaces its members, e.g.
// when a panellist cannot go on. Scores of someone no longer on the panel stop
// counting. The lot a panel evaluates does not change.
Response put_panel(const Request& request, Context& context) {
    const int expected = required_if_match(request);
    const auto body = read_panel_body(request, false);
    std::optional<persistence::PanelRecord> updated;
    context.db->transact([&](persistence::Tx& tx) {
        const auto visible = visible_panel(tx, request.param("panel_id"), *context.principal);
        if (!visible.commissioner) throw problems::forbidden();
        if (!domain::panels_editable(visible.tender.status))
            throw problems::conflict("Panels can no longer be changed on this tender.");
        check_panel_body(tx, visible.tender, body);
        if (!persistence::update_panel(tx, visible.panel.id, expected, body.name, body.scoring_due_at)) throw_stale(visible.panel.version);
        persistence::replace_panel_members(tx, visible.panel.id, body.members);
        updated = persistence::find_panel(tx, visible.panel.id);
        tell_panel_members(tx, context, visible.tender, visible.panel.id, body);
        audit(tx, context, {visible.tender.id, "panel.update", "panel", visible.panel.id,
                            boost::json::object{{"version", visible.panel.version}, {"members", visible.panel.members.size()}},
                            boost::json::object{{"version", updated->version}, {"members", updated->members.size()}}});
    });
    auto response = json_response(200, panel_json(*updated));
    response.headers.emplace_back("ETag", etag(updated->version));
    return response;
}

}  // namespace collabtender::api
