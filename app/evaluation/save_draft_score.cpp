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
        const auto c = persistence::scoresheet_context(tx, command.bid_id, panellist.user_id);
        const int stage = scoring_stage(c, panellist);
        const auto& facts = c->stages[stage - 1];
        const auto named = domain::position_named(command.criterion, static_cast<std::size_t>(c->criteria));
        if (!named) throw Refusal{RefusalCode::not_found, "The bid's lot has no such criterion."};
        const int criterion = *named;
        domain::require_scoresheet_open(facts.submitted_at.has_value());
        auto violations =
            domain::check_score(command.score, domain::scale_min(c->scale), domain::scale_max(c->scale), "");
        if (stage == 2 && !command.score.advice.empty())
            violations.push_back({"/advice", "not_applicable", "advice to bidders is given in stage 1"});
        domain::refuse_if(violations);

        const AuditEntry saved{c->tender_id, "score.save", "bid", command.bid_id, nullptr,
                               boost::json::object{{"stage", stage},
                                                   {"criterion", criterion},
                                                   {"score", command.score.score
                                                                 ? boost::json::value(*command.score.score)
                                                                 : nullptr}}};
        persistence::save_score(tx, command.bid_id, stage, {panellist.user_id, criterion, command.score}, now,
                                audit_event(panellist, now, saved));
        sheet = scoresheet_of(*c, command.bid_id, stage);
        sheet.criteria[static_cast<std::size_t>(criterion)] = command.score;
    });
    return sheet;
}

}  // namespace collabtender::app
