#include "api/evaluation/lot_ranking.hpp"

#include "api/authorization.hpp"
#include "api/evaluation/evaluation_access.hpp"
#include "api/evaluation/panel_scores.hpp"
#include "api/problem.hpp"
#include "domain/gate_assessment.hpp"
#include "domain/panel.hpp"
#include "persistence/awards_repository.hpp"
#include "persistence/bids_repository.hpp"

namespace collabtender::api {
namespace {

std::vector<std::string> failures(const std::vector<persistence::GateResultRecord>& results, const std::string& prefix) {
    std::vector<std::string> out;
    for (const auto& r : results)
        if (r.result.outcome == domain::GateOutcome::fail) out.push_back(prefix + r.result.reason);
    return out;
}

}  // namespace

ManagedLot managed_lot(persistence::Tx& tx, const std::string& lot_id, const std::optional<domain::Principal>& principal,
                       bool lock) {
    const auto tender_id = persistence::tender_of_lot(tx, lot_id);
    if (!tender_id) throw problems::not_found("No such lot.");
    auto tender = lock ? manageable_tender(tx, *tender_id, principal) : readable_tender(tx, *tender_id, principal);
    if (!may_manage_tender(principal, tender)) throw problems::forbidden();
    auto lot = persistence::find_lot(tx, tender.id, lot_id);
    return {std::move(tender), std::move(*lot)};
}

void require_stage2_closed(const persistence::TenderRecord& tender) {
    if (domain::latest_closed_stage(tender.status) < 2)
        throw Problem{409, "not-ranked-yet", "Stage 2 has not closed",
                      "Bids are ranked once the stage-2 deadline has passed and the stage is closed."};
}

RankedLot rank_lot(persistence::Tx& tx, const persistence::TenderRecord& tender, const persistence::LotRecord& lot) {
    RankedLot out;
    out.criteria = persistence::effective_criteria(tx, tender.id, lot.id).criteria;
    std::map<std::string, int> tie_positions;
    for (const auto& t : persistence::tie_breaks(tx, lot.id)) tie_positions[t.bid_id] = t.position;

    std::vector<domain::Candidate> candidates;
    std::vector<domain::OutOfRanking> excluded;
    for (const auto& first : persistence::standing_submissions(tx, tender.id, 1, lot.id)) {
        const auto bid = persistence::find_bid(tx, first.bid_id);
        auto& facts = out.bids[bid->id];
        facts.consortium = persistence::find_consortium(tx, bid->consortium_id)->name;
        if (auto failed = failures(persistence::gate_results(tx, bid->id, 1), "failed a minimum requirement in stage 1: ");
            !failed.empty()) {
            excluded.push_back({bid->id, std::move(failed)});
            continue;
        }
        if (!persistence::standing_submission(tx, bid->id, 2)) {
            excluded.push_back({bid->id, {"no revised bid was submitted for stage 2"}});
            continue;
        }
        const auto gates = persistence::gate_results(tx, bid->id, 2);
        if (auto failed = failures(gates, "failed a minimum requirement: "); !failed.empty()) {
            excluded.push_back({bid->id, std::move(failed)});
            continue;
        }
        std::vector<domain::GateResult> results;
        for (const auto& g : gates) results.push_back(g.result);
        if (!domain::all_passed(results)) {
            out.pending.push_back({bid->id, {"a minimum requirement awaits the commissioner's decision"}});
            continue;
        }
        const auto scores = bid_scores(tx, opened_bid(tx, bid->id, 2));
        if (!scores.ready_for_moderation || scores.flagged_unmoderated > 0) {
            out.pending.push_back({bid->id, {scores.ready_for_moderation ? "flagged scores await moderation"
                                                                           : "panellists' scores are awaited"}});
            continue;
        }
        const auto n = static_cast<std::int64_t>(scores.counted.size());
        domain::Candidate candidate{bid->id, {}, n, {}};
        for (std::size_t i = 0; i < out.criteria.size(); ++i) {
            const auto agreed = scores.consensus.find(static_cast<int>(i));
            candidate.sums.push_back(agreed != scores.consensus.end() ? agreed->second.score * n : scores.aggregates[i].sum);
            facts.scores.push_back(domain::decimal(candidate.sums.back(), n));
        }
        if (const auto t = tie_positions.find(bid->id); t != tie_positions.end()) candidate.tie_position = t->second;
        candidates.push_back(std::move(candidate));
    }
    out.ranking = domain::rank(candidates, out.criteria, scale_max(tender), tender.details.quality_threshold);
    out.ranking.out.insert(out.ranking.out.begin(), excluded.begin(), excluded.end());
    return out;
}

}  // namespace collabtender::api
