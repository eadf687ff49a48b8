#include "app/evaluation/evaluation_access.hpp"

#include <algorithm>

#include "app/tenders/tender_access.hpp"
#include "domain/evaluation_access.hpp"
#include "domain/refusal.hpp"
#include "persistence/bid_context_repository.hpp"

namespace collabtender::app {
namespace {

using domain::Refusal, domain::RefusalCode;

// The bid as its evaluators read it in `stage`: three statements in all with the
// bid's facts and its lot's panel.
EvaluatedBid open(persistence::Tx& tx, persistence::BidFacts facts, std::optional<persistence::PanelRecord> panel,
                  int stage, bool commissioner) {
    auto submission = persistence::standing_submission(tx, facts.bid.id, stage);
    if (!submission) throw Refusal{RefusalCode::not_found, "This bid has no submission standing for that stage."};
    return {std::move(facts.bid),      std::move(facts.consortium), std::move(facts.tender),
            std::move(panel),          std::move(facts.criteria),   std::move(facts.gates),
            stage,                     std::move(*submission),      commissioner};
}

}  // namespace

EvaluatedBid evaluated_bid(persistence::Tx& tx, const domain::BidId& bid_id, const domain::Principal& principal,
                           std::optional<int> stage, bool lock) {
    auto facts = persistence::bid_facts(tx, bid_id, lock ? persistence::BidLock::bid : persistence::BidLock::none);
    if (!facts) throw Refusal{RefusalCode::not_found, "No such bid."};
    auto panel = persistence::panel_for_lot(tx, facts->bid.tender_id, facts->bid.lot_id);
    const bool commissioner = may_manage_tender(principal, facts->tender);
    const bool seated = principal.role == domain::Role::panellist && panel && panel->member(principal.user_id);
    domain::require_evaluator(commissioner, seated);
    const int wanted = domain::opened_stage(facts->tender.status, stage);
    return open(tx, std::move(*facts), std::move(panel), wanted, commissioner);
}

EvaluatedBid opened_bid(persistence::Tx& tx, const domain::BidId& bid_id, int stage) {
    auto facts = persistence::bid_facts(tx, bid_id, persistence::BidLock::none);
    if (!facts) throw Refusal{RefusalCode::not_found, "No such bid."};
    auto panel = persistence::panel_for_lot(tx, facts->bid.tender_id, facts->bid.lot_id);
    return open(tx, std::move(*facts), std::move(panel), stage, false);
}

int position_in_lot(const std::string& text, std::size_t count, const char* what) {
    if (const auto position = domain::position_named(text, count)) return *position;
    throw Refusal{RefusalCode::not_found, std::string{"The bid's lot has no such "} + what + "."};
}

void require_under_evaluation(const EvaluatedBid& bid) { domain::require_under_evaluation(bid.tender.status, bid.stage); }

void require_unconflicted(persistence::Tx& tx, const EvaluatedBid& bid, const domain::Principal& principal) {
    if (bid.commissioner) return;
    const auto all = persistence::declarations(tx, bid.bid.id, bid.stage);
    const auto mine = std::find_if(all.begin(), all.end(), [&](const auto& d) { return d.user_id == principal.user_id; });
    domain::require_unconflicted(false, mine == all.end() ? std::nullopt : std::optional<bool>{mine->conflicted});
}

void require_scoring_open(persistence::Tx& tx, const EvaluatedBid& bid) {
    bool failed = false;
    for (const auto& result : persistence::gate_results(tx, bid.bid.id, bid.stage))
        failed = failed || result.result.outcome == domain::GateOutcome::fail;
    domain::require_scoring_open(bid.tender.status, bid.stage, failed);
}

}  // namespace collabtender::app
