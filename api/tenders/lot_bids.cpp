#include "api/tenders/lot_bids.hpp"

#include <algorithm>
#include <map>

#include <boost/json.hpp>

#include "api/json_values.hpp"
#include "domain/time_format.hpp"
#include "persistence/accounts_repository.hpp"
#include "persistence/bids_repository.hpp"

namespace collabtender::api {

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

namespace {

boost::json::object person(persistence::Tx& tx, const std::string& user_id) {
    const auto user = persistence::find_user(tx, user_id);
    return {{"id", user_id}, {"display_name", user ? boost::json::value(user->display_name) : nullptr}};
}

}  // namespace

boost::json::object lot_standing_json(persistence::Tx& tx, const LotStanding& s, int minimum) {
    boost::json::value waiver = nullptr, cancellation = nullptr;
    if (s.waiver)
        waiver = boost::json::object{{"reason", s.waiver->reason},
                                     {"bids", s.waiver->bids},
                                     {"waived_by", person(tx, s.waiver->waived_by)},
                                     {"waived_at", domain::format_rfc3339(s.waiver->waived_at)}};
    if (const auto& c = s.lot.cancellation)
        cancellation = boost::json::object{
            {"reason", c->reason}, {"cancelled_by", person(tx, c->by)}, {"cancelled_at", domain::format_rfc3339(c->at)}};
    return {{"lot_id", s.lot.id},
            {"number", s.lot.details.number},
            {"title", s.lot.details.title},
            {"bids", s.bids.bids},
            {"short", domain::short_of_bids(s.bids, minimum)},
            {"cancelled", s.bids.cancelled},
            {"cancellation", std::move(cancellation)},
            {"waiver", std::move(waiver)}};
}

}  // namespace collabtender::api
