#include "domain/deadline_change.hpp"

#include "domain/bid.hpp"

namespace collabtender::domain {
namespace {

std::optional<TimePoint> deadline_of(const Timetable& timetable, int stage) {
    return stage == 1 ? timetable.stage1_deadline : timetable.stage2_deadline;
}

}  // namespace

std::optional<Refusal> deadline_fixed(TenderStatus status, const Timetable& timetable, int stage, TimePoint now,
                                      bool short_of_bids) {
    using enum TenderStatus;
    const bool before_close = stage == 1 ? (status == pin_published || status == stage1_open)
                                         : (status == pin_published || status == stage1_open ||
                                            status == stage1_evaluation || status == stage2_open);
    if (!before_close)
        return Refusal{RefusalCode::stage_closed,
                       "This stage has closed or the tender is not public: its deadline cannot move."};
    const auto current = deadline_of(timetable, stage);
    const bool reopening = short_of_bids && stage_taking_bids(status) == stage;
    if (current && *current <= now && !reopening)
        return Refusal{RefusalCode::deadline_passed, "This deadline has passed: it can no longer be moved."};
    return std::nullopt;
}

Violations check_deadline_change(const Timetable& timetable, const DeadlineChange& change, TimePoint now,
                                 bool bids_exist) {
    Violations out;
    if (change.stage != 1 && change.stage != 2) {
        out.push_back({"/stage", "invalid_value", "must be 1 or 2"});
        return out;
    }
    const auto current = deadline_of(timetable, change.stage);
    if (change.deadline <= now) out.push_back({"/deadline", "in_the_past", "must be in the future"});
    if (current && change.deadline == *current) out.push_back({"/deadline", "unchanged", "is the deadline already"});
    if (current && change.deadline < *current && bids_exist)
        out.push_back({"/deadline", "cannot_shorten", "cannot be earlier than now set: providers have started bids"});
    if (change.stage == 1) {
        if (timetable.stage2_deadline && change.deadline >= *timetable.stage2_deadline)
            out.push_back({"/deadline", "after_stage2", "must be before the stage 2 deadline"});
        if (timetable.clarification_cutoff && change.deadline <= *timetable.clarification_cutoff)
            out.push_back({"/deadline", "before_cutoff", "must be after the last day for questions"});
    } else if (timetable.stage1_deadline && change.deadline <= *timetable.stage1_deadline) {
        out.push_back({"/deadline", "before_stage1", "must be after the stage 1 deadline"});
    }
    return out;
}

}  // namespace collabtender::domain
