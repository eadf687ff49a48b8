#include "domain/tender_lifecycle.hpp"

#include "domain/refusal.hpp"
#include "domain/text.hpp"

namespace collabtender::domain {
namespace {

constexpr TenderAction all_actions[] = {TenderAction::publish_pin,  TenderAction::open_stage1,
                                        TenderAction::close_stage1, TenderAction::release_feedback,
                                        TenderAction::close_stage2, TenderAction::cancel};

void append(Violations& out, Violations more) { out.insert(out.end(), more.begin(), more.end()); }

// Where a tender stands, as its commissioner would say it.
std::string_view in_words(TenderStatus status) {
    switch (status) {
        case TenderStatus::draft: return "a draft";
        case TenderStatus::pin_published: return "announced in a notice (PIN), not yet open for bids";
        case TenderStatus::stage1_open: return "open for first bids";
        case TenderStatus::stage1_evaluation: return "in evaluation of the first bids";
        case TenderStatus::stage2_open: return "open for revised bids";
        case TenderStatus::stage2_evaluation: return "in evaluation of the revised bids";
        case TenderStatus::standstill: return "in its standstill period";
        case TenderStatus::awarded: return "awarded";
        case TenderStatus::cancelled: return "cancelled";
    }
    return "in an unknown state";
}

void require_status(Violations& out, const TenderFacts& facts, TenderStatus wanted) {
    if (facts.status != wanted)
        out.push_back({"/status", "wrong_status",
                       "this step is for a tender " + std::string{in_words(wanted)} + "; this one is " +
                           std::string{in_words(facts.status)}});
}

void require_future(Violations& out, const std::optional<TimePoint>& when, const TimePoint& now, const char* pointer,
                    const char* name) {
    if (!when)
        out.push_back({pointer, "required", std::string{"the "} + name + " must be set"});
    else if (*when <= now)
        out.push_back({pointer, "in_the_past", std::string{"the "} + name + " must be in the future"});
}

void require_passed(Violations& out, const std::optional<TimePoint>& when, const TimePoint& now, const char* pointer,
                    const char* name) {
    if (when && *when > now)
        out.push_back({pointer, "not_yet_passed", std::string{"the "} + name + " has not passed yet"});
}

void open_stage1(Violations& out, const TenderFacts& f) {
    require_status(out, f, TenderStatus::pin_published);
    if (f.lots < 1) out.push_back({"/lots", "required", "the tender needs at least one lot"});
    if (f.criteria < 1)
        out.push_back({"/criteria", "required", "the tender needs award criteria"});
    else if (!f.criteria_valid)
        out.push_back({"/criteria", "weights_do_not_sum", "criterion weights plus the price weight must be 100"});
    for (const int lot : f.lots_with_invalid_criteria)
        out.push_back({"/lots/" + std::to_string(lot) + "/criteria", "weights_do_not_sum",
                       "lot " + std::to_string(lot) + "'s own criterion weights plus the price weight must be 100"});
    if (f.gates < 1) out.push_back({"/gates", "required", "the tender needs at least one minimum-requirement gate"});
    const auto& t = f.timetable;
    require_future(out, t.clarification_cutoff, f.now, "/timetable/clarification_cutoff", "clarification cut-off");
    require_future(out, t.stage1_deadline, f.now, "/timetable/stage1_deadline", "stage-1 deadline");
    require_future(out, t.stage2_deadline, f.now, "/timetable/stage2_deadline", "stage-2 deadline");
    if (t.clarification_cutoff && t.stage1_deadline && *t.clarification_cutoff >= *t.stage1_deadline)
        out.push_back({"/timetable/clarification_cutoff", "out_of_order",
                       "the clarification cut-off must come before the stage-1 deadline"});
    if (t.stage1_deadline && t.stage2_deadline && *t.stage2_deadline <= *t.stage1_deadline)
        out.push_back({"/timetable/stage2_deadline", "out_of_order",
                       "the stage-2 deadline must come after the stage-1 deadline"});
}

}  // namespace

std::string_view to_string(TenderAction action) {
    switch (action) {
        case TenderAction::publish_pin: return "publish_pin";
        case TenderAction::open_stage1: return "open_stage1";
        case TenderAction::close_stage1: return "close_stage1";
        case TenderAction::release_feedback: return "release_feedback";
        case TenderAction::close_stage2: return "close_stage2";
        case TenderAction::cancel: return "cancel";
    }
    return "unknown";
}

std::optional<TenderAction> parse_tender_action(std::string_view text) {
    for (auto action : all_actions)
        if (to_string(action) == text) return action;
    return std::nullopt;
}

Transition apply(TenderAction action, const TenderFacts& f) {
    Violations out;
    TenderStatus next = f.status;
    switch (action) {
        case TenderAction::publish_pin:
            require_status(out, f, TenderStatus::draft);
            if (!f.has_pin_summary) out.push_back({"/pin_summary", "required", "the PIN needs a summary"});
            if (f.lots < 1) out.push_back({"/lots", "required", "the PIN must announce at least one lot"});
            next = TenderStatus::pin_published;
            break;
        case TenderAction::open_stage1:
            open_stage1(out, f);
            next = TenderStatus::stage1_open;
            break;
        case TenderAction::close_stage1:
            require_status(out, f, TenderStatus::stage1_open);
            require_passed(out, f.timetable.stage1_deadline, f.now, "/timetable/stage1_deadline", "stage-1 deadline");
            append(out, minimum_bid_shortfalls(f.lot_bids, f.minimum_bids.stage1));
            next = TenderStatus::stage1_evaluation;
            break;
        case TenderAction::release_feedback:
            require_status(out, f, TenderStatus::stage1_evaluation);
            if (f.undecided_gates > 0)
                out.push_back({"/gate_results", "undecided",
                               std::to_string(f.undecided_gates) + " gate result(s) still need a decision"});
            if (f.unscored_bids > 0)
                out.push_back({"/scores", "incomplete",
                               std::to_string(f.unscored_bids) + " bid(s) still wait for panellists' scores"});
            if (f.unmoderated_flags > 0)
                out.push_back({"/moderation", "unmoderated",
                               std::to_string(f.unmoderated_flags) + " flagged criterion score(s) still need a consensus"});
            require_future(out, f.timetable.stage2_deadline, f.now, "/timetable/stage2_deadline", "stage-2 deadline");
            next = TenderStatus::stage2_open;
            break;
        case TenderAction::close_stage2:
            require_status(out, f, TenderStatus::stage2_open);
            require_passed(out, f.timetable.stage2_deadline, f.now, "/timetable/stage2_deadline", "stage-2 deadline");
            append(out, minimum_bid_shortfalls(f.lot_bids, f.minimum_bids.stage2));
            next = TenderStatus::stage2_evaluation;
            break;
        case TenderAction::cancel:
            if (f.status == TenderStatus::awarded || f.status == TenderStatus::cancelled)
                out.push_back({"/status", "wrong_status",
                               "a tender that is " + std::string{to_string(f.status)} + " cannot be cancelled"});
            check_text(out, f.cancel_reason, "/reason", 1, 2000);
            next = TenderStatus::cancelled;
            break;
    }
    if (!out.empty()) return {std::nullopt, std::move(out)};
    return {next, {}};
}

bool participation_open(TenderStatus status) {
    return status == TenderStatus::pin_published || status == TenderStatus::stage1_open ||
           status == TenderStatus::stage1_evaluation || status == TenderStatus::stage2_open;
}

bool configuration_editable(TenderStatus status) {
    return status == TenderStatus::draft || status == TenderStatus::pin_published;
}

void require_configuration_editable(TenderStatus status) {
    if (!configuration_editable(status))
        throw Refusal{RefusalCode::tender_frozen, "The tender is " + std::string{to_string(status)} +
                                                      "; its criteria, gates, lots and details can no longer be changed."};
}

}  // namespace collabtender::domain
