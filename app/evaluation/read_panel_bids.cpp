#include "app/evaluation/read_panel_bids.hpp"

#include <map>

#include "app/evaluation/conflict_links.hpp"
#include "app/evaluation/panel.hpp"
#include "domain/evaluation_access.hpp"

namespace collabtender::app {

PanelBids read_panel_bids(persistence::Connection& db, const domain::Principal& reader, const domain::PanelId& panel_id,
                          std::optional<int> stage) {
    PanelBids out;
    db.transact([&](persistence::Tx& tx) {
        auto visible = visible_panel(tx, panel_id, reader);
        out = {domain::opened_stage(visible.tender.status, stage), visible.commissioner, std::move(visible.panel), {}};
        const int top = domain::scale_max(visible.tender.details.scoring_scale);
        const auto bids = panel_bids(tx, out.panel, covered_lots(tx, out.panel), out.stage, out.commissioner);
        // The commissioner reads every member's pre-flags, a panellist only their own.
        const auto flags = pre_flags(tx, {visible.tender.id, std::nullopt,
                                          out.commissioner ? std::nullopt : std::optional{reader.user_id}});
        const auto criteria = out.commissioner ? persistence::criteria_by_lot(tx, visible.tender.id)
                                               : persistence::CriteriaByLot{};
        for (const auto& b : bids) {
            PanelBids::Item item{b, std::nullopt, 0, std::nullopt};
            const auto& bid_id = b.bid.bid_id;
            if (out.commissioner) {
                item.scores = bid_scores(out.panel, persistence::effective_criteria(criteria, b.lot.id).criteria, top,
                                         b.rows);
                for (const auto& m : out.panel.members)
                    if (const auto flag = flags.find({bid_id, m.member.user_id}); flag != flags.end())
                        item.pre_flags_uncleared += !flag->second.clearance;
            } else if (const auto flag = flags.find({bid_id, reader.user_id}); flag != flags.end()) {
                item.my_pre_flag = flag->second;
            }
            out.items.push_back(std::move(item));
        }
    });
    return out;
}

}  // namespace collabtender::app
