#include "domain/clarification.hpp"

#include "domain/bid.hpp"
#include "domain/refusal.hpp"
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

void require_question_taken(TenderStatus status, const Timetable& timetable, TimePoint now) {
    if (const auto refused = refuse_question(status, timetable, now))
        throw Refusal{RefusalCode::questions_closed, refused->message, {*refused}};
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

void require_answers_allowed(TenderStatus status) {
    if (!answers_allowed(status)) throw Refusal{RefusalCode::answers_closed, "This tender no longer takes answers."};
}

void require_unanswered(bool answered) {
    if (answered) throw Refusal{RefusalCode::already_answered, "This question has already been answered."};
}

void require_unpublished(bool published) {
    if (published) throw Refusal{RefusalCode::already_published, "This clarification is already published."};
}

void require_publishable(bool answered, bool published) {
    if (!answered) throw Refusal{RefusalCode::not_answered, "Answer the question before publishing it."};
    require_unpublished(published);
}

Violations validate_question(const std::string& question) {
    Violations out;
    check_text(out, question, "/question", 1, 5000);
    return out;
}

Violations validate_answer(const std::string& answer, const std::optional<std::string>& published_question) {
    Violations out;
    check_text(out, answer, "/answer", 1, 10000);
    const auto wording = validate_published_question(published_question);
    out.insert(out.end(), wording.begin(), wording.end());
    return out;
}

Violations validate_published_question(const std::optional<std::string>& published_question) {
    Violations out;
    if (published_question) check_text(out, *published_question, "/published_question", 1, 5000);
    return out;
}

Violations check_private_answer(bool publish, bool publishes_something) {
    if (publish || !publishes_something) return {};
    return {{"/publish", "required", "must be true to publish a wording or a change"}};
}

ClarificationView clarification_view(bool manages_tender, const std::optional<std::string>& asker,
                                     const std::string& asked_by_organisation) {
    if (manages_tender) return ClarificationView::owner;
    return asker && *asker == asked_by_organisation ? ClarificationView::asker : ClarificationView::published;
}

bool changes_every_lot(bool changes_tender_documents, const std::optional<std::string>& question_lot) {
    return changes_tender_documents && !question_lot;
}

std::set<std::string> changed_lots(const std::optional<std::string>& corrected_lot, bool changes_tender_documents,
                                   const std::optional<std::string>& question_lot,
                                   const std::vector<std::string>& every_lot) {
    std::set<std::string> out;
    if (corrected_lot) out.insert(*corrected_lot);
    if (changes_every_lot(changes_tender_documents, question_lot)) out.insert(every_lot.begin(), every_lot.end());
    else if (changes_tender_documents) out.insert(*question_lot);
    return out;
}

bool reconfirmation_too_late(std::size_t bids, const std::optional<TimePoint>& deadline, TimePoint now) {
    return bids > 0 && !before_deadline(deadline, now);
}

}  // namespace collabtender::domain
