#include "app/tenders/lot_standings.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "persistence/accounts_repository.hpp"
#include "persistence/bids_repository.hpp"

namespace collabtender::app {

std::vector<LotStanding> lot_standings(persistence::Tx& tx, const persistence::TenderRecord& tender, int stage) {
    persistence::wait_for_submissions(tx, tender.id);
    std::map<std::string, int> counts;
    for (const auto& bid : persistence::standing_bids(tx, tender.id, stage)) ++counts[bid.lot_id];
    std::map<std::string, persistence::MinimumWaiver> waivers;
    for (auto& w : persistence::minimum_waivers(tx, tender.id))
        if (w.stage == stage) waivers.emplace(w.lot_id, std::move(w));
    std::vector<LotStanding> out;
    for (auto& lot : persistence::list_lots(tx, tender.id)) {
        const auto waiver = waivers.find(lot.id);
        LotStanding standing{std::move(lot), {}, std::nullopt};
        if (waiver != waivers.end()) standing.waiver = waiver->second;
        standing.bids = {standing.lot.details.number, counts[standing.lot.id], standing.waiver.has_value(),
                         standing.lot.cancellation.has_value()};
        out.push_back(std::move(standing));
    }
    return out;
}

std::vector<domain::LotBids> lot_bids(const std::vector<LotStanding>& standings) {
    std::vector<domain::LotBids> out;
    for (const auto& s : standings) out.push_back(s.bids);
    return out;
}

bool any_short_of_bids(const std::vector<LotStanding>& standings, int minimum) {
    return std::any_of(standings.begin(), standings.end(),
                       [&](const auto& s) { return domain::short_of_bids(s.bids, minimum); });
}

persistence::DisplayNames deciders(persistence::Tx& tx, const std::vector<LotStanding>& standings) {
    std::set<domain::UserId> ids;
    for (const auto& s : standings) {
        if (s.waiver) ids.insert(s.waiver->waived_by);
        if (s.lot.cancellation) ids.insert(s.lot.cancellation->by);
    }
    return persistence::display_names(tx, ids);
}

}  // namespace collabtender::app
