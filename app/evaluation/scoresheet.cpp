#include "app/evaluation/scoresheet.hpp"

#include "domain/evaluation_access.hpp"
#include "domain/refusal.hpp"
#include "domain/tender.hpp"

namespace collabtender::app {

int scoring_stage(const std::optional<persistence::ScoresheetContext>& c, const domain::Principal& panellist) {
    using domain::Refusal, domain::RefusalCode;
    if (!c) throw Refusal{RefusalCode::not_found, "No such bid."};
    const bool manages = domain::manages_tender(panellist, c->tender_organisation_id);
    domain::require_evaluator(manages, panellist.role == domain::Role::panellist && c->seated);
    const int stage = domain::opened_stage(c->status, std::nullopt);
    const auto& facts = c->stages[stage - 1];
    if (!facts.standing) throw Refusal{RefusalCode::not_found, "This bid has no submission standing for that stage."};
    if (manages) throw Refusal{RefusalCode::forbidden, "Your account is not allowed to do this."};
    domain::require_unconflicted(false, facts.conflicted);
    domain::require_scoring_open(c->status, stage, facts.failed_gate);
    return stage;
}

Scoresheet scoresheet_of(const persistence::ScoresheetContext& c, const domain::BidId& bid_id, int stage) {
    const auto& facts = c.stages[stage - 1];
    Scoresheet sheet{bid_id, stage, std::vector<domain::CriterionScore>(static_cast<std::size_t>(c.criteria)),
                     facts.submitted_at};
    for (const auto& [position, score] : facts.scores)
        if (position >= 0 && position < c.criteria) sheet.criteria[static_cast<std::size_t>(position)] = score;
    return sheet;
}

}  // namespace collabtender::app
