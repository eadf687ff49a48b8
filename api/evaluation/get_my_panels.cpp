#include <algorithm>

#include <boost/json.hpp>

#include "api/bids/bid_context.hpp"
#include "api/evaluation/panel_bids.hpp"
#include "api/evaluation/panel_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "domain/panel.hpp"

namespace collabtender::api {

// GET /api/v1/me/panels: a panellist's panels, each lot with its progress in the
// stage being evaluated: bids to score, those set aside for a conflict, and those
// whose scores the panellist has submitted ("3 of 7 bids scored"), and those a
// minimum requirement excluded, which nobody scores (`excluded`, not counting
// any set aside for a conflict). `evaluating`
// says whether the panel is scoring now (between a stage's close and its results);
// cancelled lots are not the panel's work any more and are left out.
Response get_my_panels(const Request&, Context& context) {
    boost::json::array items;
    context.db->transact([&](persistence::Tx& tx) {
        items.clear();
        const auto& me = context.principal->user_id;
        for (const auto& panel : persistence::panels_of_member(tx, me)) {
            const auto tender = persistence::find_tender(tx, panel.tender_id);
            if (tender->status == domain::TenderStatus::cancelled) continue;
            const int stage = domain::latest_closed_stage(tender->status);
            boost::json::array lots;
            std::vector<PanelBid> bids;
            if (stage > 0) bids = panel_bids(tx, panel, stage);
            for (const auto& lot : covered_lots(tx, panel)) {
                if (lot.cancellation) continue;
                std::int64_t total = 0, conflicted = 0, excluded = 0, scored = 0;
                for (const auto& b : bids) {
                    if (b.lot.id != lot.id) continue;
                    ++total;
                    if (std::any_of(b.rows.declarations.begin(), b.rows.declarations.end(),
                                    [&](const auto& d) { return d.user_id == me && d.conflicted; }))
                        ++conflicted;
                    else if (!failed_gates(b.gates).empty())
                        ++excluded;
                    if (std::any_of(b.rows.submissions.begin(), b.rows.submissions.end(),
                                    [&](const auto& s) { return s.user_id == me; }))
                        ++scored;
                }
                lots.push_back(boost::json::object{{"id", lot.id},
                                                   {"number", lot.details.number},
                                                   {"title", lot.details.title},
                                                   {"bids", total},
                                                   {"conflicted", conflicted},
                                                   {"excluded", excluded},
                                                   {"scored", scored}});
            }
            auto item = panel_json(panel);
            item["tender"] = {{"id", tender->id},
                              {"reference", tender->details.reference},
                              {"title", tender->details.title},
                              {"status", domain::to_string(tender->status)}};
            item["stage"] = stage;
            item["evaluating"] = domain::evaluation_stage(tender->status).has_value();
            item["chair"] = panel.member(me)->member.chair;
            item["lots"] = std::move(lots);
            items.push_back(std::move(item));
        }
    });
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
