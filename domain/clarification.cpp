#include "domain/clarification.hpp"

#include "domain/text.hpp"

namespace collabtender::domain {

std::optional<Violation> refuse_question(TenderStatus status, const Timetable& t, TimePoint now) {
    const auto closed = [](std::string message) { return Violation{"/status", "clarifications_closed", std::move(message)}; };
    switch (status) {
        case TenderStatus::pin_published:
        case TenderStatus::stage1_open:
            if (t.clarification_cutoff && now >= *t.clarification_cutoff)
                return Violation{"/timetable/clarification_cutoff", "cutoff_passed",
                                 "the clarification cut-off for this tender has passed"};
            return std::nullopt;
        case TenderStatus::stage2_open:
            if (t.stage2_deadline && now >= *t.stage2_deadline - stage2_clarification_margin)
                return Violation{"/timetable/stage2_deadline", "cutoff_passed",
                                 "questions close six days before the stage-2 deadline"};
            return std::nullopt;
        default:
            return closed("questions are taken only while the tender is open for bids");
    }
}

bool answers_allowed(TenderStatus status) {
    switch (status) {
        case TenderStatus::pin_published:
        case TenderStatus::stage1_open:
        case TenderStatus::stage1_evaluation:
        case TenderStatus::stage2_open:
        case TenderStatus::stage2_evaluation:
            return true;
        default:
            return false;
    }
}

Violations validate_question(const std::string& question) {
    Violations out;
    check_text(out, question, "/question", 1, 5000);
    return out;
}

Violations validate_answer(const std::string& answer, const std::optional<std::string>& published_question) {
    Violations out;
    check_text(out, answer, "/answer", 1, 10000);
    if (published_question) check_text(out, *published_question, "/published_question", 1, 5000);
    return out;
}

}  // namespace collabtender::domain
