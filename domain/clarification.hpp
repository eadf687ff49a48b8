#pragma once

#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/tender.hpp"
#include "domain/violation.hpp"

namespace collabtender::domain {

// Clarification questions are taken while a stage is open: in stage 1 (and from
// the PIN) until the published cut-off, in stage 2 until six days before its
// deadline, the usual minimum. Returns why a question is refused, if it is.
inline constexpr std::chrono::hours stage2_clarification_margin{24 * 6};
std::optional<Violation> refuse_question(TenderStatus status, const Timetable& timetable, TimePoint now);
// The same as a refusal (questions_closed), naming why.
void require_question_taken(TenderStatus status, const Timetable& timetable, TimePoint now);

// The commissioner answers and publishes from the PIN until stage 2 is evaluated.
bool answers_allowed(TenderStatus status);
// The same as a refusal (answers_closed).
void require_answers_allowed(TenderStatus status);

// A question is answered once (already_answered), and published once answered
// (not_answered) and only once (already_published).
void require_unanswered(bool answered);
void require_unpublished(bool published);
void require_publishable(bool answered, bool published);

Violations validate_question(const std::string& question);
// An answer, and the anonymised wording of the question when it is published.
Violations validate_answer(const std::string& answer, const std::optional<std::string>& published_question);
Violations validate_published_question(const std::optional<std::string>& published_question);
// A published wording, a lot correction or a change to the tender documents is
// for every provider: an answer that carries one must be published with it.
Violations check_private_answer(bool publish, bool publishes_something);

// What each reader sees of a clarification: the owning body everything; the
// asking organisation its own question and the answer; everyone else only a
// published one, anonymised (the published wording, no asker).
enum class ClarificationView { owner, asker, published };
// `asker`: the reader's organisation when the reader is a provider, who may ask.
ClarificationView clarification_view(bool manages_tender, const std::optional<std::string>& asker,
                                     const std::string& asked_by_organisation);

// The lots whose bidders answered something a publication changes: the lot it
// corrects, and when it changes the tender documents the question's lot, or
// every lot of the tender for a question about the whole tender.
bool changes_every_lot(bool changes_tender_documents, const std::optional<std::string>& question_lot);
std::set<std::string> changed_lots(const std::optional<std::string>& corrected_lot, bool changes_tender_documents,
                                   const std::optional<std::string>& question_lot,
                                   const std::vector<std::string>& every_lot);

// Bids already submitted to the stage taking bids, for a lot a publication
// changes, must be reconfirmed before the stage's deadline. After it the
// partnerships could not answer: publishing is refused until the deadline moves
// or the stage closes.
bool reconfirmation_too_late(std::size_t bids, const std::optional<TimePoint>& deadline, TimePoint now);
inline constexpr std::string_view reconfirmation_too_late_detail =
    "Bids already submitted would have to be reconfirmed, but the deadline has passed. "
    "Extend the deadline first, or publish this after closing the stage.";

}  // namespace collabtender::domain
