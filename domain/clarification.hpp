#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "domain/tender.hpp"
#include "domain/violation.hpp"

namespace collabtender::domain {

// Clarification questions are taken while a stage is open: in stage 1 (and from
// the PIN) until the published cut-off, in stage 2 until six days before its
// deadline, the usual minimum. Returns why a question is refused, if it is.
inline constexpr std::chrono::hours stage2_clarification_margin{24 * 6};
std::optional<Violation> refuse_question(TenderStatus status, const Timetable& timetable, TimePoint now);

// The commissioner answers and publishes from the PIN until stage 2 is evaluated.
bool answers_allowed(TenderStatus status);

Violations validate_question(const std::string& question);
// An answer, and the anonymised wording of the question when it is published.
Violations validate_answer(const std::string& answer, const std::optional<std::string>& published_question);

}  // namespace collabtender::domain
