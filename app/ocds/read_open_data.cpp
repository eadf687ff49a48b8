#include "app/ocds/read_open_data.hpp"

#include <map>
#include <set>

#include "app/tenders/tender_access.hpp"
#include "domain/panel.hpp"
#include "domain/refusal.hpp"
#include "domain/tender.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/consortia_repository.hpp"
#include "persistence/evaluation_repository.hpp"

namespace collabtender::app {
namespace {

// A fixed number of queries, whatever the number of lots and bids.
void add_bids_and_awards(persistence::Tx& tx, const persistence::TenderRecord& tender, TenderForRelease& in) {
    if (domain::latest_closed_stage(tender.status) < 1) return;
    const auto first = persistence::standing_bids(tx, tender.id, 1);
    std::map<std::string, int> counts;
    for (const auto& b : first) ++counts[b.lot_id];
    for (const auto& lot : in.lots) in.bid_counts.emplace_back(lot.id, counts[lot.id]);
    in.decisions = persistence::award_decisions(tx, tender.id);
    if (in.decisions.empty()) return;

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

TenderForRelease read_open_data(persistence::Connection& db, const std::optional<domain::Principal>& reader,
                                const domain::TenderId& tender_id, domain::TimePoint now) {
    TenderForRelease in;
    db.transact([&](persistence::Tx& tx) {
        in = {};
        auto tender = readable_tender(tx, tender_id, reader);
        if (!domain::is_published(tender.status, tender.was_published))
            throw domain::Refusal{domain::RefusalCode::not_found, "A draft tender has no open data."};
        in.buyer = *persistence::find_organisation(tx, tender.organisation_id);
        in.lots = persistence::list_lots(tx, tender.id);
        auto criteria = persistence::criteria_by_lot(tx, tender.id);
        in.criteria = std::move(criteria[std::nullopt]);
        in.sessions = persistence::list_information_sessions(tx, tender.id);
        in.clarifications = persistence::count_clarifications(tx, tender.id);
        in.now = now;
        in.gates = persistence::list_gates(tx, tender.id);
        for (const auto& lot : in.lots)
            if (auto& own = criteria[lot.id]; !domain::inherits_criteria(own.size()))
                in.lot_criteria.emplace_back(lot.details.number, std::move(own));
        add_bids_and_awards(tx, tender, in);
        in.tender = std::move(tender);
    });
    return in;
}

}  // namespace collabtender::app
