#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/criteria.hpp"
#include "domain/ids.hpp"
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

// The stage open for bids now (open_stage); refused (submissions_closed) when none
// is. Drafts, documents, sections and sign-offs change only while a stage is open.
int require_open_stage(TenderStatus status, const Timetable& timetable, TimePoint now);
// A bid that failed a stage-1 gate, once its partners have heard so, is out of
// the tender and cannot change or be sent again: refused (excluded), the detail
// naming the requirements it failed (`failures`, in sentences).
void require_in_tender(bool failed_stage1_gate, const std::string& failures);

// What the person who sends a bid confirms, in these words: the service's, so that
// every receipt records the same declaration whichever client showed it.
inline constexpr std::string_view submission_declaration =
    "I confirm that this bid is complete and accurate, and that I am authorised to send it on behalf of the "
    "partnership.";

// What a draft lacks against the criteria it answers: a response to each, within
// its word limit. Responses are by criterion position.
Violations check_responses(const std::vector<std::optional<std::string>>& responses,
                           const std::vector<Criterion>& criteria);

// What a partnership does with its bid once drafted, each only while a stage is
// open for bids, and to that stage.
enum class BidAction { submit, withdraw, reconfirm };
// The stage open now for the action; refused (too_late), in the action's words,
// when none is: the deadline passed or the stage is not open.
int require_stage_for(BidAction action, TenderStatus status, const Timetable& timetable, TimePoint now);
// Stage 2 takes revised bids only from bids whose submission stood at the end of
// stage 1: refused (not_in_stage2) otherwise.
void require_in_stage(int stage, bool stood_in_stage1);
// A bid is submitted only with nothing missing (check_responses, declarations,
// documents, the consortium, sign-offs): refused (bid_incomplete) with every problem.
void require_submittable(const Violations& problems);

// Bids for a stage are opened only once its deadline (none set: never) has
// passed: sealed until then.
void require_unsealed(const std::optional<TimePoint>& deadline, TimePoint now);

// A request that a sent bid be reconfirmed for a stage after the tender changed,
// answered (confirmed, sent again or withdrawn) or not yet.
struct ReconfirmationRequest {
    int stage = 1;
    bool resolved = false;
};

// Whether a request to reconfirm the bid for the stage still waits for an answer.
bool reconfirmation_outstanding(const std::vector<ReconfirmationRequest>& requests, int stage);

// Refused (nothing_to_reconfirm) unless a request to reconfirm the bid for the
// stage waits for an answer.
void require_reconfirmation_outstanding(const std::vector<ReconfirmationRequest>& requests, int stage);

// Whether a bid may be evaluated in a stage: its lot is not cancelled and no
// reconfirmation of that stage is outstanding. Twin of SQL bid_evaluable.
bool bid_evaluable(bool lot_cancelled, const std::vector<ReconfirmationRequest>& reconfirmations, int stage);

// Where a bid stands for its partners: "lot_cancelled", "excluded" (`out`: a
// stage-1 gate failed), "reconfirmation_required" (the tender changed after it
// was sent, and that is not yet answered), "draft" (nothing `sent` yet), else
// "withdrawn" or "submitted" by its last submission.
std::string bid_status(bool lot_cancelled, const std::vector<ReconfirmationRequest>& reconfirmations, bool out,
                       bool sent, bool last_withdrawn);

// One version of a bid sent to a stage.
struct SentVersion {
    SubmissionId submission_id;
    int version = 1;
    bool withdrawn = false;
};

// What a partnership stands by in a stage, from the bid's versions sent to it:
// the latest, unless it was withdrawn; none otherwise.
std::optional<SubmissionId> current_submission(const std::vector<SentVersion>& of_stage);

// The standing submission of the stage, which a withdrawal withdraws: refused
// (nothing_to_withdraw) when there is none.
SubmissionId require_withdrawable(const std::vector<SentVersion>& of_stage);

// What evaluators see: the current submission while the bid is evaluable in the
// stage (bid_evaluable); none otherwise. Twin of SQL standing_submission.
std::optional<SubmissionId> standing_submission(const std::vector<SentVersion>& of_stage, bool evaluable);

// A document uploaded to meet a required document names one the tender requires
// (of `required` in all): refused (invalid_query, at ?requirement) otherwise.
void require_required_document(int requirement, std::size_t required);
// A document is removed only by its uploader's organisation (forbidden), and never
// once part of a submission, which keeps it as sent (document_submitted).
void require_own_document(const std::string& uploaded_by_organisation, const std::string& organisation);
void require_unsubmitted_document(bool submitted);

}  // namespace collabtender::domain
