#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/login_throttle.hpp"
#include "domain/minimum_bids.hpp"
#include "domain/violation.hpp"

namespace collabtender::domain {

enum class TenderStatus {
    draft,
    pin_published,
    stage1_open,
    stage1_evaluation,
    stage2_open,
    stage2_evaluation,
    standstill,
    awarded,
    cancelled,
};

std::string_view to_string(TenderStatus status);
std::optional<TenderStatus> parse_tender_status(std::string_view text);

// Published tenders are public notices: anyone may read them. Drafts, and tenders
// cancelled before they were ever published, stay inside the owning body.
bool is_published(TenderStatus status, bool was_published);

// One point of the published scoring scale, e.g. {3, "Good", "Meets the requirement well"}.
struct ScalePoint {
    int score;
    std::string label;
    std::string descriptor;

    friend bool operator==(const ScalePoint&, const ScalePoint&) = default;
};

// 0 Unacceptable, 1 Poor, 2 Acceptable, 3 Good, 4 Excellent.
std::vector<ScalePoint> default_scale();

// The position "0", "1", … names among `count` items; none for anything else.
std::optional<int> position_named(std::string_view text, std::size_t count);

// The lowest and highest scores of a (non-empty) scale.
int scale_min(const std::vector<ScalePoint>& scale);
int scale_max(const std::vector<ScalePoint>& scale);

struct Timetable {
    std::optional<TimePoint> stage1_deadline;
    std::optional<TimePoint> stage2_deadline;
    std::optional<TimePoint> clarification_cutoff;
    int standstill_days = 10;  // 10 when notices go electronically

    friend bool operator==(const Timetable&, const Timetable&) = default;
};

inline constexpr std::string_view light_touch_two_stage = "light_touch_two_stage";

// What a commissioner writes about a tender. Money in integer pence.
struct TenderDetails {
    std::string reference;
    std::string title;
    std::string description;
    std::vector<std::string> cpv_codes;
    std::string procedure{light_touch_two_stage};
    int contract_term_months = 0;
    int extension_months = 0;
    std::int64_t estimated_value_pence = 0;
    std::vector<std::string> outcomes;
    bool partnership_bids_expected = true;
    std::string partnership_statement;
    std::string pin_summary;                 // the Prior Information Notice's own text
    int price_weight = 0;                    // percent; 0 with a fixed rates catalogue
    std::optional<int> quality_threshold;    // overall minimum, percent of the maximum
    std::vector<ScalePoint> scoring_scale = default_scale();
    Timetable timetable;
    MinimumBids minimum_bids;                // per lot, per stage

    friend bool operator==(const TenderDetails&, const TenderDetails&) = default;
};

Violations validate(const TenderDetails& tender);

// A change to some of a tender's details: each field given replaces the tender's;
// a nullable field given as null (an inner nothing) clears it.
struct TimetablePatch {
    std::optional<std::optional<TimePoint>> stage1_deadline;
    std::optional<std::optional<TimePoint>> stage2_deadline;
    std::optional<std::optional<TimePoint>> clarification_cutoff;
    std::optional<int> standstill_days;
};
struct TenderPatch {
    std::optional<std::string> reference;
    std::optional<std::string> title;
    std::optional<std::string> description;
    std::optional<std::vector<std::string>> cpv_codes;
    std::optional<std::string> procedure;
    std::optional<int> contract_term_months;
    std::optional<int> extension_months;
    std::optional<std::int64_t> estimated_value_pence;
    std::optional<std::vector<std::string>> outcomes;
    std::optional<bool> partnership_bids_expected;
    std::optional<std::string> partnership_statement;
    std::optional<std::string> pin_summary;
    std::optional<int> price_weight;
    std::optional<std::optional<int>> quality_threshold;
    std::optional<std::vector<ScalePoint>> scoring_scale;
    TimetablePatch timetable;
    std::optional<int> minimum_bids_stage1;
    std::optional<int> minimum_bids_stage2;
};

TenderDetails patched(TenderDetails tender, const TenderPatch& patch);

// The scale's scores, lowest first: integers from 0 upwards without gaps.
Violations validate_scale(const std::vector<ScalePoint>& scale, const std::string& pointer);
int max_score(const std::vector<ScalePoint>& scale);

}  // namespace collabtender::domain
