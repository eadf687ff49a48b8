#include "app/evaluation/save_draft_score.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "domain/evaluation_access.hpp"
#include "domain/refusal.hpp"
#include "domain/tender.hpp"
#include "persistence/evaluation_repository.hpp"

namespace collabtender::app {

Scoresheet save_draft_score(persistence::Connection& db, const domain::Principal& panellist,
                            const SaveDraftScore& command, domain::TimePoint now) {
    using domain::Refusal, domain::RefusalCode;
    Scoresheet sheet;
    db.transact([&](persistence::Tx& tx) {
        const auto c = persistence::draft_score_context(tx, command.bid_id, panellist.user_id);
        if (!c) throw Refusal{RefusalCode::not_found, "No such bid."};
        const bool manages = domain::manages_tender(panellist, c->tender_organisation_id);
        domain::require_evaluator(manages, panellist.role == domain::Role::panellist && c->seated);
        const int stage = domain::opened_stage(c->status, std::nullopt);
        const auto& facts = c->stages[stage - 1];
        if (!facts.standing) throw Refusal{RefusalCode::not_found, "This bid has no submission standing for that stage."};
        if (manages) throw Refusal{RefusalCode::forbidden, "Your account is not allowed to do this."};
        domain::require_unconflicted(false, facts.conflicted);
        domain::require_scoring_open(c->status, stage, facts.failed_gate);
        const auto named = domain::position_named(command.criterion, static_cast<std::size_t>(c->criteria));
        if (!named) throw Refusal{RefusalCode::not_found, "The bid's lot has no such criterion."};
        const int criterion = *named;
        domain::require_scoresheet_open(facts.submitted_at.has_value());
        auto violations =
            domain::check_score(command.score, domain::scale_min(c->scale), domain::scale_max(c->scale), "");
        if (stage == 2 && !command.score.advice.empty())
            violations.push_back({"/advice", "not_applicable", "advice to bidders is given in stage 1"});
        domain::refuse_if(violations);

        persistence::save_score(tx, command.bid_id, stage, {panellist.user_id, criterion, command.score}, now);
        append_audit(tx, panellist, now,
                     {c->tender_id, "score.save", "bid", command.bid_id, nullptr,
                      boost::json::object{{"stage", stage},
                                          {"criterion", criterion},
                                          {"score", command.score.score ? boost::json::value(*command.score.score)
                                                                        : nullptr}}});
        sheet = {command.bid_id, stage, std::vector<domain::CriterionScore>(static_cast<std::size_t>(c->criteria)),
                 facts.submitted_at};
        for (const auto& [position, score] : facts.scores)
            if (position >= 0 && position < c->criteria) sheet.criteria[static_cast<std::size_t>(position)] = score;
        sheet.criteria[static_cast<std::size_t>(criterion)] = command.score;
    });
    return sheet;
}

}  // namespace collabtender::app
