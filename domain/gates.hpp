#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/ids.hpp"
#include "domain/violation.hpp"

namespace collabtender::domain {

// Light Touch Regime minimum requirements: pass/fail gates a bid must clear before
// it is scored. Gates are data (a kind and its parameters) set per tender or lot.

// Care Inspectorate key questions, graded 1 Unsatisfactory to 6 Excellent.
inline constexpr std::string_view key_questions[] = {
    "wellbeing", "leadership", "staff_team", "setting", "care_planning", "capacity_for_improvement",
};
// A key question as the Care Inspectorate's quality framework asks it, and a grade
// in its words ("Good"), for reasons people read.
std::string_view key_question_title(std::string_view key);
std::string_view grade_word(int grade);

struct CareInspectorateRegistration {
    std::map<std::string, int> minimum_grades;  // key question -> grade 1..6
    friend bool operator==(const CareInspectorateRegistration&, const CareInspectorateRegistration&) = default;
};

struct Insurance {
    std::int64_t employers_liability_pence = 0;
    std::int64_t public_liability_pence = 0;
    std::int64_t professional_indemnity_pence = 0;
    friend bool operator==(const Insurance&, const Insurance&) = default;
};

// No mandatory exclusion ground of the SPD may apply.
struct MandatoryExclusions {
    friend bool operator==(const MandatoryExclusions&, const MandatoryExclusions&) = default;
};

// Discretionary grounds declared by the bidder and assessed by the commissioner.
struct DiscretionaryExclusions {
    friend bool operator==(const DiscretionaryExclusions&, const DiscretionaryExclusions&) = default;
};

// A Fair Work First gate whose commissioner names no rate asks for the
// installation's Real Living Wage (domain/installation_settings), filled in when
// the gates are set (with_real_living_wage), so that a later rate changes no
// gate already set.
inline constexpr std::int64_t real_living_wage_rate = -1;

struct FairWorkFirst {
    std::int64_t minimum_hourly_rate_pence = 0;  // at least the Real Living Wage
    friend bool operator==(const FairWorkFirst&, const FairWorkFirst&) = default;
};

struct RateItem {
    std::string code;
    std::string description;
    std::string unit;  // e.g. "hour", "night", "session"
    std::int64_t max_rate_pence = 0;
    friend bool operator==(const RateItem&, const RateItem&) = default;
};

struct RatesCatalogue {
    std::vector<RateItem> items;
    friend bool operator==(const RatesCatalogue&, const RatesCatalogue&) = default;
};

struct CustomQuestion {
    std::string question;
    bool passing_answer = true;
    friend bool operator==(const CustomQuestion&, const CustomQuestion&) = default;
};

using GateParameters = std::variant<CareInspectorateRegistration, Insurance, MandatoryExclusions,
                                    DiscretionaryExclusions, FairWorkFirst, RatesCatalogue, CustomQuestion>;

struct Gate {
    std::optional<LotId> lot_id;  // empty: applies to every lot
    GateParameters parameters;
    friend bool operator==(const Gate&, const Gate&) = default;
};

// The kind's name on the wire: care_inspectorate_registration, insurance,
// spd_mandatory_exclusions, spd_discretionary_exclusions, fair_work_first,
// rates_catalogue, custom.
std::string_view gate_kind(const GateParameters& parameters);
std::vector<std::string_view> gate_kinds();
// The gate in plain words, as bidders read it (a custom gate: its question).
std::string gate_title(const GateParameters& parameters);

// Employer's liability below £5m is below the statutory minimum.
inline constexpr std::int64_t statutory_employers_liability_pence = 500'000'000;

inline constexpr std::size_t max_gates = 50;

// `pointer` locates the gate, e.g. "/gates/2".
Violations validate(const Gate& gate, const std::string& pointer);

// A gate for one lot names a lot of the tender (`lot_ids`): each that does not is
// at "/gates/{i}/lot_id". `gates` holds one entry per gate as sent, empty where
// it could not be read.
Violations check_gate_lots(const std::vector<std::optional<Gate>>& gates, const std::vector<LotId>& lot_ids);

// Each Fair Work First gate asking for real_living_wage_rate gets the rate given,
// or, with none set, is reported at its /gates/{i}/parameters/minimum_hourly_rate_pence.
Violations with_real_living_wage(std::vector<std::optional<Gate>>& gates, std::optional<std::int64_t> rate);

// The gates a lot's bids answer: those for every lot and this lot's own, in the
// tender's order, which is the order of a bid's declarations. The twin of SQL
// lot_gates_json (sql/040_statement_helpers.sql).
std::vector<Gate> lot_gates(const std::vector<Gate>& tender_gates, const LotId& lot_id);

}  // namespace collabtender::domain
