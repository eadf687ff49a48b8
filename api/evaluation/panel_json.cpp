#include "api/evaluation/panel_json.hpp"

#include <boost/json.hpp>

#include "api/json_values.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {

boost::json::object panel_json(const persistence::PanelRecord& panel) {
    boost::json::array members;
    for (const auto& m : panel.members)
        members.push_back(boost::json::object{{"user_id", m.member.user_id},
                                              {"display_name", m.display_name},
                                              {"kind", domain::to_string(m.member.kind)},
                                              {"chair", m.member.chair}});
    return {{"id", panel.id},           {"tender_id", panel.tender_id},   {"lot_id", nullable(panel.lot_id)},
            {"name", panel.name},       {"version", panel.version},       {"members", std::move(members)},
            {"scoring_due_at", panel.scoring_due_at ? boost::json::value(domain::format_rfc3339(*panel.scoring_due_at)) : nullptr}};
}

void add_bid_identity(const std::string& consortium_name, const persistence::LotRecord& lot, boost::json::object& out) {
    out["consortium"] = {{"name", consortium_name}};
    out["lot"] = {{"id", lot.id}, {"number", lot.details.number}, {"title", lot.details.title}};
}

}  // namespace collabtender::api
