#include <map>
#include <set>

#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/ocds/release_package.hpp"
#include "api/problem.hpp"
#include "api/tenders/tender_json.hpp"
#include "domain/criteria.hpp"
#include "domain/panel.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/consortia_repository.hpp"
#include "persistence/evaluation_repository.hpp"

namespace collabtender::api {

namespace {

// Bid counts once stage 1 has closed; bidders, their final bids and the awards
// once awards are proposed. Nothing about bids while they are sealed.
void add_bids_and_awards(persistence::Tx& tx, const persistence::TenderRecord& tender, TenderForRelease& in) {
    if (domain::latest_closed_stage(tender.status) < 1) return;
    const auto first = persistence::standing_bids(tx, tender.id, 1);
    std::map<std::string, int> counts;
    for (const auto& b : first) ++counts[b.lot_id];
    for (const auto& lot : in.lots) in.bid_counts.emplace_back(lot.id, counts[lot.id]);
    in.decisions = persistence::award_decisions(tx, tender.id);
    if (in.decisions.empty()) return;

    // A fixed number of queries, whatever the number of lots and bids.
    std::map<std::string, domain::TimePoint> revised;
    for (const auto& b : persistence::standing_bids(tx, tender.id, 2)) revised.emplace(b.bid_id, b.submitted_at);
    std::map<std::string, persistence::ConsortiumRecord> consortia;
    for (auto& c : persistence::list_consortia(tx, tender.id, std::nullopt)) consortia.emplace(c.id, std::move(c));
    std::set<std::string> disqualified;
    for (int stage : {1, 2})
        for (const auto& [bid, results] : persistence::tender_gate_results(tx, tender.id, stage))
            for (const auto& r : results)
                if (r.result.outcome == domain::GateOutcome::fail) disqualified.insert(bid);

    for (const auto& b : first) {
        const auto later = revised.find(b.bid_id);
        BidForRelease bid{b.bid_id, b.lot_id, later != revised.end() ? later->second : b.submitted_at, {},
                          disqualified.contains(b.bid_id)};
        for (const auto& m : consortia.at(b.consortium_id).members)
            if (m.member.status == domain::MemberStatus::accepted)
                bid.tenderers.push_back({m.member.organisation_id, m.organisation_name});
        in.bids.push_back(std::move(bid));
    }
}

}  // namespace

// GET /api/v1/tenders/{tender_id}/ocds: the tender as open data. Published
// tenders only, for anyone; a draft is not there, even for its owner.
Response get_ocds(const Request& request, Context& context) {
    std::optional<TenderForRelease> input;
    context.db->transact([&](persistence::Tx& tx) {
        auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        if (!domain::is_published(tender.status, tender.was_published))
            throw problems::not_found("A draft tender has no open data.");
        TenderForRelease in;
        in.buyer = *persistence::find_organisation(tx, tender.organisation_id);
        in.lots = persistence::list_lots(tx, tender.id);
        auto criteria = persistence::criteria_by_lot(tx, tender.id);
        in.criteria = std::move(criteria[std::nullopt]);
        in.sessions = persistence::list_information_sessions(tx, tender.id);
        in.clarifications = persistence::count_clarifications(tx, tender.id);
        in.now = context.now;
        in.gates = persistence::list_gates(tx, tender.id);
        for (const auto& lot : in.lots)
            if (auto& own = criteria[lot.id]; !domain::inherits_criteria(own.size()))
                in.lot_criteria.emplace_back(lot.details.number, std::move(own));
        add_bids_and_awards(tx, tender, in);
        in.tender = std::move(tender);
        input = std::move(in);
    });
    return json_response(200, release_package(*input, context.settings.open_data));
}

}  // namespace collabtender::api
