#include "domain/feedback.hpp"

#include "domain/refusal.hpp"

namespace collabtender::domain {

void require_feedback_released(bool released) {
    if (!released)
        throw Refusal{RefusalCode::feedback_not_released, "The commissioner has not released stage-1 feedback yet."};
}

void require_feedback_editable(TenderStatus status) {
    if (status != TenderStatus::stage1_evaluation)
        throw Refusal{RefusalCode::feedback_closed,
                      "Feedback is edited during stage-1 evaluation, before it is released."};
}

Violations check_suggested_lot(bool found, bool cancelled) {
    if (!found) return {{"/suggested_lot_id", "unknown_lot", "is not a lot of this tender"}};
    // Nobody can bid for a cancelled lot any more: no partner to look for.
    if (cancelled) return {{"/suggested_lot_id", "lot_cancelled", "is a cancelled lot"}};
    return {};
}

Violations check_advised_criteria(const std::vector<int>& advised, std::size_t criteria) {
    for (const int criterion : advised)
        if (criterion < 0 || static_cast<std::size_t>(criterion) >= criteria)
            return {{"/advice", "unknown_criterion", "names a criterion the lot does not have"}};
    return {};
}

}  // namespace collabtender::domain
