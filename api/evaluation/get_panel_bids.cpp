#include <algorithm>
#include <map>

#include <boost/json.hpp>

#include "api/evaluation/conflict_links.hpp"
#include "api/evaluation/evaluation_access.hpp"
#include "api/evaluation/panel_bids.hpp"
#include "api/evaluation/panel_json.hpp"
#include "api/evaluation/panel_scores.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "api/problem.hpp"
#include "domain/panel.hpp"
#include "persistence/conflict_links_repository.hpp"

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
// evaluates once the stage's deadline has passed. Members see the consortium (to
// declare conflicts) and their own progress; commissioners see everyone's, and a
// warning where fewer than two panellists are free of conflicts.
Response get_panel_bids(const Request& request, Context& context) {
    const auto asked = stage_parameter(request);
    boost::json::array items;
    int stage = 0;
    context.db->transact([&](persistence::Tx& tx) {
        items.clear();
        const auto visible = visible_panel(tx, request.param("panel_id"), *context.principal);
        stage = opened_stage(visible.tender, asked);
        const auto& me = context.principal->user_id;
        std::map<std::string, std::vector<domain::Criterion>> criteria;  // by lot
        for (const auto& b : panel_bids(tx, visible.panel, stage, visible.commissioner)) {
            boost::json::array members;
            for (const auto& m : b.consortium.members)
                if (m.member.status == domain::MemberStatus::accepted) members.push_back(boost::json::value(m.organisation_name));
            boost::json::object item{
                {"bid_id", b.bid.bid_id},
                {"lot", {{"id", b.lot.id}, {"number", b.lot.details.number}, {"title", b.lot.details.title}}},
                {"consortium", {{"name", b.consortium.name}, {"members", std::move(members)}}},
                {"gates", gate_status(b.gates)},
            };
            const auto conflicted = std::count_if(b.rows.declarations.begin(), b.rows.declarations.end(),
                                                  [](const auto& d) { return d.conflicted; });
            if (visible.commissioner) {
                const auto unconflicted = static_cast<std::int64_t>(visible.panel.members.size()) - conflicted;
                item["unconflicted_panellists"] = unconflicted;
                item["scoresheets_submitted"] = b.rows.submissions.size();
                auto lot_criteria = criteria.find(b.lot.id);
                if (lot_criteria == criteria.end())
                    lot_criteria = criteria.emplace(b.lot.id, persistence::effective_criteria(tx, visible.tender.id, b.lot.id).criteria).first;
                const auto scores = bid_scores(visible.panel, lot_criteria->second, scale_max(visible.tender), b.rows);
                item["flagged"] = std::count_if(scores.aggregates.begin(), scores.aggregates.end(),
                                                [](const auto& a) { return a.flagged; });
                item["flagged_unmoderated"] = scores.flagged_unmoderated;
                item["ready_for_moderation"] = scores.ready_for_moderation;
                item["pre_flags_uncleared"] = persistence::uncleared_flags(tx, b.bid.bid_id, visible.panel.id);
                boost::json::array warnings;
                if (unconflicted < 2) warnings.push_back("fewer_than_two_unconflicted_panellists");
                item["warnings"] = std::move(warnings);
            } else {
                const auto mine = std::find_if(b.rows.declarations.begin(), b.rows.declarations.end(),
                                               [&](const auto& d) { return d.user_id == me; });
                item["my_pre_flag"] = pre_flag_json(tx, b.bid.bid_id, me);
                item["my_declaration"] = mine == b.rows.declarations.end()
                                             ? boost::json::value(nullptr)
                                             : boost::json::value(boost::json::object{{"conflicted", mine->conflicted}});
                const auto sheet = std::find_if(b.rows.submissions.begin(), b.rows.submissions.end(),
                                                [&](const auto& s) { return s.user_id == me; });
                item["my_scores_submitted_at"] =
                    nullable(sheet == b.rows.submissions.end() ? std::nullopt : std::optional{sheet->submitted_at});
            }
            items.push_back(std::move(item));
        }
    });
    return json_response(200, boost::json::object{{"stage", stage}, {"items", std::move(items)}});
}

}  // namespace collabtender::api
