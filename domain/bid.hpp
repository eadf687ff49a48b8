#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/criteria.hpp"
#include "domain/login_throttle.hpp"
#include "domain/tender.hpp"
#include "domain/violation.hpp"

namespace collabtender::domain {

// Words as a reader counts them: runs of characters between whitespace.
int word_count(std::string_view text);

// The stage a bid may be submitted to now, if any: stage 1 while it is open and
// before its deadline, stage 2 likewise. The deadline itself is too late: a
// submission is accepted only when the server's clock reads strictly earlier.
std::optional<int> open_stage(TenderStatus status, const Timetable& timetable, TimePoint now);
// The stage whose bids the tender is taking by its status, its deadline passed or
// not: it stays so until the commissioner closes the stage.
std::optional<int> stage_taking_bids(TenderStatus status);
bool before_deadline(const std::optional<TimePoint>& deadline, TimePoint now);
// Bidders hear their stage-1 gate results with the feedback, as stage 2 opens: from
// then a bid that a stage-1 gate excluded is out of the tender, says so and why,
// and can no longer change.
bool stage1_results_released(TenderStatus status);

// What the person who sends a bid confirms, in these words: the service's, so that
// every receipt records the same declaration whichever client showed it.
inline constexpr std::string_view submission_declaration =
    "I confirm that this bid is complete and accurate, and that I am authorised to send it on behalf of the "
    "partnership.";

// What a draft lacks against the criteria it answers: a response to each, within
// its word limit. Responses are by criterion position.
Violations check_responses(const std::vector<std::optional<std::string>>& responses,
                           const std::vector<Criterion>& criteria);

}  // namespace collabtender::domain
