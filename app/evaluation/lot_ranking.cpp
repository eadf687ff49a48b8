#include "app/evaluation/lot_ranking.hpp"

#include <set>

#include "app/evaluation/panel_scores.hpp"
#include "domain/gate_assessment.hpp"
#include "persistence/awards_repository.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/evaluation_repository.hpp"

namespace collabtender::app {
namespace {

std::vector<domain::OutcomeReason> failures(const std::vector<persistence::GateResultRecord>& results, int stage,
                                            const std::vector<domain::Gate>& gates) {
    std::vector<domain::OutcomeReason> out;
    for (const auto& r : results)
        if (r.result.outcome == domain::GateOutcome::fail) {
            const auto at = static_cast<std::size_t>(r.gate);
            out.push_back(domain::GateFailed{stage, r.gate, at < gates.size() ? std::string{domain::gate_kind(gates[at].parameters)} : "", r.result.reason});
        }
    return out;
}

}  // namespace

RankedLot rank_lot(persistence::Tx& tx, const persistence::TenderRecord& tender, const persistence::LotRecord& lot) {
    RankedLot out;
    const int top_score = domain::scale_max(tender.details.scoring_scale);
    // The whole lot is read up front, in a fixed number of queries however many bids it has.
    auto frame = std::move(persistence::lot_frames(tx, tender.id).at(lot.id));
    out.criteria = std::move(frame.criteria);
    const auto& panel = frame.panel;
    const auto& gates = frame.gates;  // the lot's, as gate results number them
    std::map<std::string, int> tie_positions;
    for (const auto& t : persistence::tie_breaks(tx, lot.id)) tie_positions[t.bid_id] = t.position;
    const auto consortia = persistence::bid_consortium_names(tx, lot.id);
    const auto standing = persistence::lot_standing_bids(tx, lot.id);
    const std::set<std::string> revised(standing[1].begin(), standing[1].end());
    auto [first_gates, second_gates] = persistence::lot_gate_results_by_stage(tx, lot.id);
    auto second_stage = persistence::lot_evaluation_rows(tx, lot.id, 2);

    // Bids waiting for a reconfirmation when their stage closed do not stand in it.
    std::map<domain::BidId, std::map<int, domain::TimePoint>> unconfirmed;
    for (const auto& r : persistence::open_reconfirmations_of_lot(tx, lot.id))
        unconfirmed[r.bid_id].emplace(r.stage, r.required_at);

    std::vector<domain::Candidate> candidates;
    std::vector<domain::OutOfRanking> excluded;
    for (const auto& [id, stages] : unconfirmed)
        if (const auto first = stages.find(1); first != stages.end()) {
            out.bids[id].consortium = consortia.at(id);
            excluded.push_back({id, {domain::NotReconfirmed{1, first->second}}});
        }
    out.stage1_bids = standing[0];
    for (const auto& id : standing[0]) {
        auto& facts = out.bids[id];
        facts.consortium = consortia.at(id);
        if (auto failed = failures(first_gates[id], 1, gates); !failed.empty()) {
            excluded.push_back({id, std::move(failed)});
            continue;
        }
        if (const auto u = unconfirmed.find(id); u != unconfirmed.end() && u->second.contains(2)) {
            excluded.push_back({id, {domain::NotReconfirmed{2, u->second.at(2)}}});
            continue;
        }
        if (!revised.contains(id)) {
            excluded.push_back({id, {domain::NoRevisedBid{}}});
            continue;
        }
        const auto& second = second_gates[id];
        if (auto failed = failures(second, 2, gates); !failed.empty()) {
            excluded.push_back({id, std::move(failed)});
            continue;
        }
        std::vector<domain::GateResult> results;
        for (const auto& g : second) results.push_back(g.result);
        if (!domain::all_passed(results)) {
            out.pending.push_back({id, {domain::AwaitingGateDecision{}}});
            continue;
        }
        const auto scores = bid_scores(panel, out.criteria, top_score, std::move(second_stage[id]));
        if (!scores.ready_for_moderation || scores.flagged_unmoderated > 0) {
            out.pending.push_back({id, {scores.ready_for_moderation ? domain::OutcomeReason{domain::AwaitingModeration{}}
                                                                      : domain::OutcomeReason{domain::AwaitingScores{}}}});
            continue;
        }
        const auto n = static_cast<std::int64_t>(scores.counted.size());
        domain::Candidate candidate{id, {}, n, {}};
        for (std::size_t i = 0; i < out.criteria.size(); ++i) {
            const auto agreed = scores.consensus.find(static_cast<int>(i));
            candidate.sums.push_back(agreed != scores.consensus.end() ? agreed->second.score * n : scores.aggregates[i].sum);
            facts.scores.push_back(domain::decimal(candidate.sums.back(), n));
            facts.bases.emplace_back(agreed != scores.consensus.end() ? "consensus" : "panel_mean");
        }
        if (const auto t = tie_positions.find(id); t != tie_positions.end()) candidate.tie_position = t->second;
        candidates.push_back(std::move(candidate));
    }
    out.ranking = domain::rank(candidates, out.criteria, top_score, tender.details.quality_threshold);
    out.ranking.out.insert(out.ranking.out.begin(), excluded.begin(), excluded.end());
    return out;
}

}  // namespace collabtender::app
