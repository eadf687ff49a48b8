#include "domain/evaluation_access.hpp"

#include "domain/panel.hpp"
#include "domain/refusal.hpp"

namespace collabtender::domain {

void require_evaluator(bool manages_tender, bool seated) {
    if (!manages_tender && !seated) throw Refusal{RefusalCode::not_found, "No such bid."};
}

int opened_stage(TenderStatus status, std::optional<int> asked) {
    const int closed = latest_closed_stage(status);
    const int stage = asked.value_or(closed);
    if (stage < 1 || stage > closed)
        throw Refusal{RefusalCode::sealed, "Bids are opened to evaluators only after the stage's deadline."};
    return stage;
}

void require_unconflicted(bool manages_tender, std::optional<bool> conflicted) {
    if (manages_tender) return;
    if (!conflicted)
        throw Refusal{RefusalCode::declaration_required,
                      "Say whether you have a conflict of interest with this bid before you see it."};
    if (*conflicted)
        throw Refusal{RefusalCode::conflicted,
                      "You declared a conflict of interest with this bid, so you do not see or score it."};
}

void require_under_evaluation(TenderStatus status, int stage) {
    if (evaluation_stage(status) != stage)
        throw Refusal{RefusalCode::evaluation_closed, "This stage's bids are not being evaluated now."};
}

void require_scoring_open(TenderStatus status, int stage, bool failed_gate) {
    require_under_evaluation(status, stage);
    if (failed_gate) throw Refusal{RefusalCode::bid_excluded, "This bid failed a minimum requirement and is not scored."};
}

void require_scoresheet_open(bool submitted) {
    if (submitted)
        throw Refusal{RefusalCode::scores_submitted,
                      "You have submitted your scores for this bid; they can no longer change."};
}

void require_commissioner(bool manages_tender) {
    if (!manages_tender) throw Refusal{RefusalCode::forbidden, "Your account is not allowed to do this."};
}

void require_declarer(bool manages_tender) { require_commissioner(!manages_tender); }

void require_moderator(bool manages_tender, bool chair) { require_commissioner(manages_tender || chair); }

void require_moderation_ready(bool ready) {
    if (!ready)
        throw Refusal{RefusalCode::moderation_not_ready,
                      "Moderation starts once every panellist free of conflict has submitted their scores."};
}

void require_scores_visible(bool manages_tender, bool submitted) {
    if (!manages_tender && !submitted)
        throw Refusal{RefusalCode::scores_hidden,
                      "You see the panel's scores for a bid once you have submitted your own."};
}

}  // namespace collabtender::domain
