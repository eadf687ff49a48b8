#include "domain/tender.hpp"

#include <algorithm>
#include <set>

#include "domain/cpv.hpp"
#include "domain/text.hpp"

namespace collabtender::domain {

std::string_view to_string(TenderStatus status) {
    switch (status) {
        case TenderStatus::draft: return "draft";
        case TenderStatus::pin_published: return "pin_published";
        case TenderStatus::stage1_open: return "stage1_open";
        case TenderStatus::stage1_evaluation: return "stage1_evaluation";
        case TenderStatus::stage2_open: return "stage2_open";
        case TenderStatus::stage2_evaluation: return "stage2_evaluation";
        case TenderStatus::standstill: return "standstill";
        case TenderStatus::awarded: return "awarded";
        case TenderStatus::cancelled: return "cancelled";
    }
    return "unknown";
}

std::optional<TenderStatus> parse_tender_status(std::string_view text) {
    for (auto status : {TenderStatus::draft, TenderStatus::pin_published, TenderStatus::stage1_open,
                        TenderStatus::stage1_evaluation, TenderStatus::stage2_open, TenderStatus::stage2_evaluation,
                        TenderStatus::standstill, TenderStatus::awarded, TenderStatus::cancelled})
        if (to_string(status) == text) return status;
    return std::nullopt;
}

bool is_published(TenderStatus status, bool was_published) {
    if (status == TenderStatus::draft) return false;
    if (status == TenderStatus::cancelled) return was_published;
    return true;
}

std::vector<ScalePoint> default_scale() {
    return {
        {0, "Unacceptable", "No response, or the response does not address the requirement."},
        {1, "Poor", "The response addresses the requirement only in part, with significant gaps or concerns."},
        {2, "Acceptable", "The response meets the requirement, with some minor gaps."},
        {3, "Good", "The response meets the requirement well, with clear evidence."},
        {4, "Excellent", "The response meets the requirement fully, with strong evidence and added value."},
    };
}

int max_score(const std::vector<ScalePoint>& scale) { return scale.empty() ? 0 : scale.back().score; }

Violations validate_scale(const std::vector<ScalePoint>& scale, const std::string& pointer) {
    Violations out;
    if (scale.size() < 2 || scale.size() > 11)
        out.push_back({pointer, "invalid_scale", "must have 2 to 11 points"});
    for (std::size_t i = 0; i < scale.size(); ++i) {
        const auto at = pointer + "/" + std::to_string(i);
        if (scale[i].score != static_cast<int>(i))
            out.push_back({at + "/score", "invalid_scale", "scores must run 0, 1, 2, ... in order"});
        check_text(out, scale[i].label, at + "/label", 1, 60);
        check_text(out, scale[i].descriptor, at + "/descriptor", 1, 1000);
    }
    return out;
}

Violations validate(const TenderDetails& t) {
    Violations out;
    check_text(out, t.reference, "/reference", 1, 60);
    check_text(out, t.title, "/title", 1, 300);
    check_text(out, t.description, "/description", 1, 20000);
    if (t.cpv_codes.empty() || t.cpv_codes.size() > 20)
        out.push_back({"/cpv_codes", "invalid_length", "must list 1 to 20 CPV codes"});
    std::set<std::string> seen;
    for (std::size_t i = 0; i < t.cpv_codes.size(); ++i) {
        if (!valid_cpv(t.cpv_codes[i]))
            out.push_back({"/cpv_codes/" + std::to_string(i), "invalid_cpv",
                           "must be a CPV code: 8 digits, a hyphen and a correct check digit, e.g. 85311000-2"});
        else if (!seen.insert(t.cpv_codes[i]).second)
            out.push_back({"/cpv_codes/" + std::to_string(i), "duplicate", "is listed twice"});
    }
    if (t.procedure != light_touch_two_stage)
        out.push_back({"/procedure", "invalid_value", "must be light_touch_two_stage"});
    check_range(out, t.contract_term_months, "/contract_term_months", 1, 240);
    check_range(out, t.extension_months, "/extension_months", 0, 240);
    if (t.estimated_value_pence < 0)
        out.push_back({"/estimated_value_pence", "out_of_range", "must not be negative"});
    check_text_list(out, t.outcomes, "/outcomes", 50, 2000);
    if (t.partnership_bids_expected && t.partnership_statement.empty())
        out.push_back({"/partnership_statement", "required", "is required when partnership bids are expected"});
    check_text(out, t.partnership_statement, "/partnership_statement", 0, 5000);
    check_text(out, t.pin_summary, "/pin_summary", 0, 20000);
    check_range(out, t.price_weight, "/price_weight", 0, 100);
    if (t.quality_threshold) check_range(out, *t.quality_threshold, "/quality_threshold", 0, 100);
    const auto scale = validate_scale(t.scoring_scale, "/scoring_scale");
    out.insert(out.end(), scale.begin(), scale.end());
    check_range(out, t.timetable.standstill_days, "/timetable/standstill_days", 10, 60);
    check_minimum_bids(out, t.minimum_bids);
    return out;
}

TenderDetails patched(TenderDetails tender, const TenderPatch& patch) {
    const auto take = [](auto& field, const auto& given) {
        if (given) field = *given;
    };
    take(tender.reference, patch.reference);
    take(tender.title, patch.title);
    take(tender.description, patch.description);
    take(tender.cpv_codes, patch.cpv_codes);
    take(tender.procedure, patch.procedure);
    take(tender.contract_term_months, patch.contract_term_months);
    take(tender.extension_months, patch.extension_months);
    take(tender.estimated_value_pence, patch.estimated_value_pence);
    take(tender.outcomes, patch.outcomes);
    take(tender.partnership_bids_expected, patch.partnership_bids_expected);
    take(tender.partnership_statement, patch.partnership_statement);
    take(tender.pin_summary, patch.pin_summary);
    take(tender.price_weight, patch.price_weight);
    take(tender.quality_threshold, patch.quality_threshold);
    take(tender.scoring_scale, patch.scoring_scale);
    take(tender.timetable.stage1_deadline, patch.timetable.stage1_deadline);
    take(tender.timetable.stage2_deadline, patch.timetable.stage2_deadline);
    take(tender.timetable.clarification_cutoff, patch.timetable.clarification_cutoff);
    take(tender.timetable.standstill_days, patch.timetable.standstill_days);
    take(tender.minimum_bids.stage1, patch.minimum_bids_stage1);
    take(tender.minimum_bids.stage2, patch.minimum_bids_stage2);
    return tender;
}

int scale_min(const std::vector<ScalePoint>& scale) {
    return std::min_element(scale.begin(), scale.end(), [](auto& a, auto& b) { return a.score < b.score; })->score;
}

int scale_max(const std::vector<ScalePoint>& scale) {
    return std::max_element(scale.begin(), scale.end(), [](auto& a, auto& b) { return a.score < b.score; })->score;
}

std::optional<int> position_named(std::string_view text, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i)
        if (std::to_string(i) == text) return static_cast<int>(i);
    return std::nullopt;
}

}  // namespace collabtender::domain
