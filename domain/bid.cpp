#include "domain/bid.hpp"

#include <algorithm>
#include <cctype>

#include "domain/refusal.hpp"

namespace collabtender::domain {

int word_count(std::string_view text) {
    int words = 0;
    bool in_word = false;
    for (const char c : text) {
        const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

bool before_deadline(const std::optional<TimePoint>& deadline, TimePoint now) { return deadline && now < *deadline; }

std::optional<int> stage_taking_bids(TenderStatus status) {
    if (status == TenderStatus::stage1_open) return 1;
    if (status == TenderStatus::stage2_open) return 2;
    return std::nullopt;
}

bool stage1_results_released(TenderStatus status) {
    switch (status) {
        case TenderStatus::stage2_open:
        case TenderStatus::stage2_evaluation:
        case TenderStatus::standstill:
        case TenderStatus::awarded: return true;
        default: return false;
    }
}

std::optional<int> open_stage(TenderStatus status, const Timetable& t, TimePoint now) {
    const auto stage = stage_taking_bids(status);
    if (stage && before_deadline(*stage == 1 ? t.stage1_deadline : t.stage2_deadline, now)) return stage;
    return std::nullopt;
}

int require_open_stage(TenderStatus status, const Timetable& timetable, TimePoint now) {
    const auto stage = open_stage(status, timetable, now);
    if (!stage) throw Refusal{RefusalCode::submissions_closed, "No stage of this tender is open for bids."};
    return *stage;
}

void require_in_tender(bool failed_stage1_gate, const std::string& failures) {
    if (failed_stage1_gate)
        throw Refusal{RefusalCode::excluded,
                      "This bid did not meet a minimum requirement in stage 1, so it is out of this tender and cannot "
                      "be changed or sent again. " + failures};
}

int require_stage_for(BidAction action, TenderStatus status, const Timetable& timetable, TimePoint now) {
    if (const auto stage = open_stage(status, timetable, now)) return *stage;
    switch (action) {
        case BidAction::submit:
            throw Refusal{RefusalCode::too_late,
                          "This tender takes no submissions now: the deadline has passed or the stage is not open."};
        case BidAction::withdraw: throw Refusal{RefusalCode::too_late, "Bids can no longer be withdrawn."};
        case BidAction::reconfirm: break;
    }
    throw Refusal{RefusalCode::too_late,
                  "The deadline has passed or the stage is not open: the bid can no longer be reconfirmed."};
}

void require_in_stage(int stage, bool stood_in_stage1) {
    if (stage == 2 && !stood_in_stage1)
        throw Refusal{RefusalCode::not_in_stage2, "Only bids that stood at the end of stage 1 may submit a revised bid."};
}

void require_submittable(const Violations& problems) {
    if (!problems.empty()) throw Refusal{RefusalCode::bid_incomplete, "The bid cannot be submitted yet.", problems};
}

void require_unsealed(const std::optional<TimePoint>& deadline, TimePoint now) {
    if (!deadline || before_deadline(deadline, now))
        throw Refusal{RefusalCode::sealed, "Bids for this stage can be opened only after its deadline."};
}

Violations check_responses(const std::vector<std::optional<std::string>>& responses,
                           const std::vector<Criterion>& criteria) {
    Violations out;
    for (std::size_t i = 0; i < criteria.size(); ++i) {
        const auto at = "/responses/" + std::to_string(i);
        const auto* text = i < responses.size() && responses[i] ? &*responses[i] : nullptr;
        if (text == nullptr || word_count(*text) == 0) {
            out.push_back({at, "unanswered", "answer \"" + criteria[i].title + "\""});
            continue;
        }
        const int words = word_count(*text);
        if (words > criteria[i].word_limit)
            out.push_back({at, "over_word_limit",
                           std::to_string(words) + " words; the limit is " + std::to_string(criteria[i].word_limit)});
    }
    return out;
}

bool reconfirmation_outstanding(const std::vector<ReconfirmationRequest>& requests, int stage) {
    return std::any_of(requests.begin(), requests.end(), [&](const auto& r) { return r.stage == stage && !r.resolved; });
}

void require_reconfirmation_outstanding(const std::vector<ReconfirmationRequest>& requests, int stage) {
    if (!reconfirmation_outstanding(requests, stage))
        throw Refusal{RefusalCode::nothing_to_reconfirm,
                      "No change to the tender since this bid was sent needs its reconfirmation."};
}

bool bid_evaluable(bool lot_cancelled, const std::vector<ReconfirmationRequest>& reconfirmations, int stage) {
    return !lot_cancelled && !reconfirmation_outstanding(reconfirmations, stage);
}

std::string bid_status(bool lot_cancelled, const std::vector<ReconfirmationRequest>& reconfirmations, bool out,
                       bool sent, bool last_withdrawn) {
    if (lot_cancelled) return "lot_cancelled";
    if (out) return "excluded";
    if (std::any_of(reconfirmations.begin(), reconfirmations.end(), [](const auto& r) { return !r.resolved; }))
        return "reconfirmation_required";
    if (!sent) return "draft";
    return last_withdrawn ? "withdrawn" : "submitted";
}

std::optional<SubmissionId> current_submission(const std::vector<SentVersion>& of_stage) {
    const auto latest = std::max_element(of_stage.begin(), of_stage.end(),
                                         [](const auto& a, const auto& b) { return a.version < b.version; });
    if (latest == of_stage.end() || latest->withdrawn) return std::nullopt;
    return latest->submission_id;
}

SubmissionId require_withdrawable(const std::vector<SentVersion>& of_stage) {
    const auto current = current_submission(of_stage);
    if (!current) throw Refusal{RefusalCode::nothing_to_withdraw, "There is no standing submission to withdraw in this stage."};
    return *current;
}

std::optional<SubmissionId> standing_submission(const std::vector<SentVersion>& of_stage, bool evaluable) {
    if (!evaluable) return std::nullopt;
    return current_submission(of_stage);
}

void require_required_document(int requirement, std::size_t required) {
    if (requirement < 0 || static_cast<std::size_t>(requirement) >= required)
        throw Refusal{RefusalCode::invalid_query, "A query parameter is not acceptable.",
                      {{"?requirement", "invalid_parameter", "names no document this tender requires"}}};
}

void require_own_document(const std::string& uploaded_by_organisation, const std::string& organisation) {
    if (uploaded_by_organisation != organisation)
        throw Refusal{RefusalCode::forbidden, "Your account is not allowed to do this."};
}

void require_unsubmitted_document(bool submitted) {
    if (submitted)
        throw Refusal{RefusalCode::document_submitted,
                      "This document is part of a submission and stays as it was submitted."};
}

}  // namespace collabtender::domain
