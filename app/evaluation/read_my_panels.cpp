#include "app/evaluation/read_my_panels.hpp"

#include <algorithm>
#include <map>

#include "app/evaluation/gates.hpp"
#include "app/evaluation/panel_bids.hpp"
#include "domain/panel.hpp"
#include "persistence/bids_repository.hpp"

namespace collabtender::app {
namespace {

// What every panel's progress is counted from, read once for all the panels.
struct PanelsWork {
    std::vector<persistence::StandingBid> bids;
    std::map<domain::BidId, std::vector<persistence::GateResultRecord>> gates;
    std::map<domain::BidId, persistence::BidEvaluationRows> rows;
};

MyPanel::Lot progress(const persistence::LotRecord& lot, PanelsWork& work, const domain::UserId& me) {
    MyPanel::Lot out{lot};
    for (const auto& b : work.bids) {
        if (b.lot_id != lot.id) continue;
        ++out.bids;
        const auto& rows = work.rows[b.bid_id];
        if (std::any_of(rows.declarations.begin(), rows.declarations.end(),
                        [&](const auto& d) { return d.user_id == me && d.conflicted; }))
            ++out.conflicted;
        else if (!failed_gates(work.gates[b.bid_id]).empty())
            ++out.excluded;
        if (std::any_of(rows.submissions.begin(), rows.submissions.end(),
                        [&](const auto& s) { return s.user_id == me; }))
            ++out.scored;
    }
    return out;
}

}  // namespace

std::vector<MyPanel> read_my_panels(persistence::Connection& db, const domain::Principal& panellist) {
    std::vector<MyPanel> out;
    db.transact([&](persistence::Tx& tx) {
        out.clear();
        auto panels = persistence::panels_of_member(tx, panellist.user_id);
        std::vector<domain::TenderId> tender_ids;
        for (const auto& panel : panels) tender_ids.push_back(panel.tender_id);
        auto tenders = persistence::tenders_by_ids(tx, tender_ids);
        std::erase_if(panels, [&](const auto& panel) {
            return tenders.at(panel.tender_id).status == domain::TenderStatus::cancelled;
        });
        // Every panel's tender, lots and work, each read once for all of them.
        tender_ids.clear();
        std::vector<persistence::TenderStage> tender_stages;
        std::vector<persistence::PanelStage> panel_stages;
        for (const auto& panel : panels) {
            const int stage = domain::latest_closed_stage(tenders.at(panel.tender_id).status);
            tender_ids.push_back(panel.tender_id);
            if (stage == 0) continue;
            tender_stages.push_back({panel.tender_id, stage});
            panel_stages.push_back({panel.id, stage});
        }
        const auto tender_panels = persistence::panels_of_tenders(tx, tender_ids);
        const auto lots = persistence::lots_of_tenders(tx, tender_ids);
        PanelsWork work{persistence::standing_bids_in_stages(tx, tender_stages),
                        persistence::gate_results_in_stages(tx, tender_stages),
                        persistence::evaluation_rows_in_stages(tx, panel_stages)};
        for (auto& panel : panels) {
            const auto& tender = tenders.at(panel.tender_id);
            const int stage = domain::latest_closed_stage(tender.status);
            const auto tender_lots = lots.find(panel.tender_id);
            const auto covered = tender_lots == lots.end()
                                     ? std::vector<persistence::LotRecord>{}
                                     : covered_lots(panel, tender_panels.at(panel.tender_id), tender_lots->second);
            MyPanel mine{std::move(panel), tender, stage, {}};
            for (const auto& lot : covered)
                if (!lot.cancellation)
                    mine.lots.push_back(stage > 0 ? progress(lot, work, panellist.user_id) : MyPanel::Lot{lot});
            out.push_back(std::move(mine));
        }
    });
    return out;
}

}  // namespace collabtender::app
