#include "api/awards/award_json.hpp"

#include <algorithm>

#include <boost/json.hpp>

#include "api/json_values.hpp"
#include "api/notifications/notices.hpp"
#include "api/problem.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {

boost::json::object award_decision_json(const persistence::AwardDecision& d) {
    boost::json::array awards;
    for (const auto& a : d.awards) {
        boost::json::object award{{"id", a.id},
                                  {"bid_id", a.bid_id},
                                  {"consortium", {{"name", a.consortium}}},
                                  {"status", a.status},
                                  {"suspension_reason", nullable(a.suspension_reason)}};
        if (a.status == "confirmed")
            award["contract"] = {{"start_date", *a.contract_start},
                                 {"term_months", *a.contract_term_months},
                                 {"extension_months", *a.contract_extension_months},
                                 {"value_pence", *a.contract_value_pence},
                                 {"confirmed_at", domain::format_rfc3339(*a.confirmed_at)}};
        awards.push_back(std::move(award));
    }
    return {{"lot_id", d.lot_id},
            {"override_reason", nullable(d.override_reason)},
            {"decided_at", domain::format_rfc3339(d.decided_at)},
            {"standstill_ends_at", domain::format_rfc3339(d.standstill_ends_at)},
            {"awards", std::move(awards)}};
}

ManagedAward managed_award(persistence::Tx& tx, const std::string& award_id, const std::optional<domain::Principal>& principal) {
    auto award = persistence::find_award(tx, award_id, true);
    if (!award) throw problems::not_found("No such award.");
    auto lot = managed_lot(tx, award->lot_id, principal, true);
    auto decision = persistence::find_award_decision(tx, award->lot_id);
    return {std::move(*award), std::move(*decision), std::move(lot)};
}

void settle_tender(persistence::Tx& tx, const persistence::TenderRecord& tender, domain::TimePoint now) {
    const auto decisions = persistence::award_decisions(tx, tender.id);
    const auto lots = persistence::list_lots(tx, tender.id);
    const auto active = std::count_if(lots.begin(), lots.end(), [](const auto& l) { return !l.cancellation; });
    if (decisions.size() < static_cast<std::size_t>(active) || decisions.empty()) return;
    for (const auto& d : decisions)
        if (std::any_of(d.awards.begin(), d.awards.end(), [](const auto& a) { return a.status != "confirmed"; })) return;
    persistence::set_tender_status(tx, tender.id, domain::TenderStatus::awarded, std::nullopt, now);
}

void tell_lot_bidders(persistence::Tx& tx, const Context& context, const persistence::TenderRecord& tender,
                      const persistence::AwardDecision& decision, const std::string& kind) {
    std::vector<std::string> bids;
    for (const auto& bid : persistence::standing_bids(tx, tender.id, 1, decision.lot_id)) bids.push_back(bid.bid_id);
    tell_lot_bidders(tx, context, bids, decision, kind);
}

void tell_lot_bidders(persistence::Tx& tx, const Context& context, const std::vector<std::string>& bids,
                      const persistence::AwardDecision& decision, const std::string& kind) {
    std::vector<persistence::Notice> notices;
    for (const auto& bid : bids)
        notices.push_back({kind, persistence::Audience::bid_partners, bid,
                           {{"standstill_ends", domain::readable_time(decision.standstill_ends_at)}},
                           "/bids/" + bid + "/outcome", std::nullopt});
    app::tell(tx, context.principal, context.now, notices);
}

}  // namespace collabtender::api
