#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "api/evaluation/evaluation_access.hpp"
#include "api/router.hpp"
#include "domain/panel.hpp"
#include "persistence/evaluation_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::api {

boost::json::object panel_json(const persistence::PanelRecord& panel);

// Which bid this is, for pages about one bid: "consortium": {"name"} and
// "lot": {"id", "number", "title"}, added to `out`.
void add_bid_identity(persistence::Tx& tx, const EvaluatedBid& bid, boost::json::object& out);

// A panel as POST and PUT take it: {"name", "lot_id" (null or absent: the whole
// tender), "members": [{"user_id", "kind", "chair"}], "scoring_due_at" (optional)}. Every member must be a
// panellist account and the lot one of the tender's; 422 names each problem.
struct PanelBody {
    std::string name;
    std::optional<std::string> lot_id;
    std::vector<domain::PanelMember> members;
    std::optional<domain::TimePoint> scoring_due_at;  // members are reminded before it
};
PanelBody read_panel_body(const Request& request, bool with_lot);
void check_panel_body(persistence::Tx& tx, const persistence::TenderRecord& tender, const PanelBody& body);
// Each member of the panel hears once that they are on it.
void tell_panel_members(persistence::Tx& tx, const Context& context, const persistence::TenderRecord& tender,
                        const std::string& panel_id, const PanelBody& body);

// Commissioners of the tender may see and change every panel; a panellist only
// sees panels they sit on. Anyone else finds nothing (404).
struct VisiblePanel {
    persistence::PanelRecord panel;
    persistence::TenderRecord tender;
    bool commissioner = false;
};
VisiblePanel visible_panel(persistence::Tx& tx, const std::string& panel_id, const domain::Principal& principal);

}  // namespace collabtender::api
