#include <algorithm>

#include <boost/json.hpp>

#include "api/evaluation/conflict_links_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "api/query.hpp"
#include "app/evaluation/read_panel_bids.hpp"
#include "domain/gate_assessment.hpp"

namespace collabtender::api {
namespace {

std::string gate_status(const std::vector<persistence::GateResultRecord>& records) {
    std::vector<domain::GateResult> results;
    for (const auto& r : records) results.push_back(r.result);
    if (domain::excluded(results)) return "excluded";
    return domain::all_passed(results) ? "passed" : "pending";
}

}  // namespace

// GET /api/v1/panels/{panel_id}/bids[?stage=]: the submitted bids the panel
// evaluates once the stage's deadline has passed (app::read_panel_bids). Members
// see the consortium and their own progress; commissioners see everyone's, and a
// warning where fewer than two panellists are free of conflicts.
Response get_panel_bids(const Request& request, Context& context) {
    const auto asked = stage_parameter(request);
    const auto read =
        app::read_panel_bids(*context.db, *context.principal, domain::PanelId{request.param("panel_id")}, asked);
    const auto& me = context.principal->user_id;
    boost::json::array items;
    for (const auto& [b, scores, uncleared, my_pre_flag] : read.items) {
        boost::json::array members;
        for (const auto& m : b.consortium.members)
            if (m.member.status == domain::MemberStatus::accepted) members.push_back(boost::json::value(m.organisation_name));
        boost::json::object item{
            {"bid_id", b.bid.bid_id},
            {"lot", {{"id", b.lot.id}, {"number", b.lot.details.number}, {"title", b.lot.details.title}}},
            {"consortium", {{"name", b.consortium.name}, {"members", std::move(members)}}},
            {"gates", gate_status(b.gates)},
        };
        const auto& declarations = b.rows.declarations;
        const auto conflicted = std::count_if(declarations.begin(), declarations.end(), [](const auto& d) { return d.conflicted; });
        if (read.commissioner) {
            const auto unconflicted = static_cast<std::int64_t>(read.panel.members.size()) - conflicted;
            item["unconflicted_panellists"] = unconflicted;
            item["scoresheets_submitted"] = b.rows.submissions.size();
            item["flagged"] = std::count_if(scores->aggregates.begin(), scores->aggregates.end(),
                                            [](const auto& a) { return a.flagged; });
            item["flagged_unmoderated"] = scores->flagged_unmoderated;
            item["ready_for_moderation"] = scores->ready_for_moderation;
            item["pre_flags_uncleared"] = uncleared;
            boost::json::array warnings;
            if (unconflicted < 2) warnings.push_back("fewer_than_two_unconflicted_panellists");
            item["warnings"] = std::move(warnings);
        } else {
            const auto mine = std::find_if(declarations.begin(), declarations.end(), [&](const auto& d) { return d.user_id == me; });
            item["my_pre_flag"] = pre_flag_json(my_pre_flag);
            item["my_declaration"] = mine == declarations.end()
                                         ? boost::json::value(nullptr)
                                         : boost::json::value(boost::json::object{{"conflicted", mine->conflicted}});
            const auto sheet = std::find_if(b.rows.submissions.begin(), b.rows.submissions.end(),
                                            [&](const auto& s) { return s.user_id == me; });
            item["my_scores_submitted_at"] =
                nullable(sheet == b.rows.submissions.end() ? std::nullopt : std::optional{sheet->submitted_at});
        }
        items.push_back(std::move(item));
    }
    return json_response(200, boost::json::object{{"stage", read.stage}, {"items", std::move(items)}});
}

}  // namespace collabtender::api
