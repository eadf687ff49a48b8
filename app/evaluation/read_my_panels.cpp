#include "app/evaluation/read_my_panels.hpp"

#include <algorithm>

#include "app/evaluation/gates.hpp"
#include "app/evaluation/panel_bids.hpp"
#include "domain/panel.hpp"

namespace collabtender::app {
namespace {

MyPanel::Lot progress(const persistence::LotRecord& lot, const std::vector<PanelBid>& bids, const domain::UserId& me) {
    MyPanel::Lot out{lot};
    for (const auto& b : bids) {
        if (b.lot.id != lot.id) continue;
        ++out.bids;
        if (std::any_of(b.rows.declarations.begin(), b.rows.declarations.end(),
                        [&](const auto& d) { return d.user_id == me && d.conflicted; }))
            ++out.conflicted;
        else if (!failed_gates(b.gates).empty())
            ++out.excluded;
        if (std::any_of(b.rows.submissions.begin(), b.rows.submissions.end(),
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
        for (auto& panel : panels) {
            const auto& tender = tenders.at(panel.tender_id);
            if (tender.status == domain::TenderStatus::cancelled) continue;
            const int stage = domain::latest_closed_stage(tender.status);
            std::vector<persistence::LotRecord> lots;
            for (auto& lot : covered_lots(tx, panel))
                if (!lot.cancellation) lots.push_back(std::move(lot));
            std::vector<PanelBid> bids;
            if (stage > 0) bids = panel_bids(tx, panel, lots, stage);
            MyPanel mine{std::move(panel), tender, stage, {}};
            for (const auto& lot : lots) mine.lots.push_back(progress(lot, bids, panellist.user_id));
            out.push_back(std::move(mine));
        }
    });
    return out;
}

}  // namespace collabtender::app
