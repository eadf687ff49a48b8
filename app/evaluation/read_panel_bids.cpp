#include "app/evaluation/read_panel_bids.hpp"

#include <map>

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
        std::map<std::string, std::vector<domain::Criterion>> criteria;  // by lot
        for (auto& b : panel_bids(tx, out.panel, covered_lots(tx, out.panel), out.stage, out.commissioner)) {
            PanelBids::Item item{std::move(b), std::nullopt, 0, std::nullopt};
            const auto& bid_id = item.bid.bid.bid_id;
            if (out.commissioner) {
                const auto& lot_id = item.bid.lot.id;
                auto lot_criteria = criteria.find(lot_id);
                if (lot_criteria == criteria.end())
                    lot_criteria =
                        criteria.emplace(lot_id, persistence::effective_criteria(tx, visible.tender.id, lot_id).criteria).first;
                item.scores = bid_scores(out.panel, lot_criteria->second, top, item.bid.rows);
                item.pre_flags_uncleared = persistence::uncleared_flags(tx, bid_id, out.panel.id);
            } else {
                item.my_pre_flag = pre_flag(tx, bid_id, reader.user_id);
            }
            out.items.push_back(std::move(item));
        }
    });
    return out;
}

}  // namespace collabtender::app
