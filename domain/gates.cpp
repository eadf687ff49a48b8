#include "domain/gates.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "domain/text.hpp"

namespace collabtender::domain {
namespace {

struct Namer {
    std::string_view operator()(const CareInspectorateRegistration&) const { return "care_inspectorate_registration"; }
    std::string_view operator()(const Insurance&) const { return "insurance"; }
    std::string_view operator()(const MandatoryExclusions&) const { return "spd_mandatory_exclusions"; }
    std::string_view operator()(const DiscretionaryExclusions&) const { return "spd_discretionary_exclusions"; }
    std::string_view operator()(const FairWorkFirst&) const { return "fair_work_first"; }
    std::string_view operator()(const RatesCatalogue&) const { return "rates_catalogue"; }
    std::string_view operator()(const CustomQuestion&) const { return "custom"; }
};

// £100m: no social-care insurance requirement or hourly rate comes near it, so a
// larger figure is a typing error (usually pounds entered as pence twice over).
constexpr std::int64_t implausible_pence = 10'000'000'000;

struct Checker {
    Violations& out;
    std::string at;  // ".../parameters"

    void operator()(const CareInspectorateRegistration& p) const {
        if (p.minimum_grades.empty())
            out.push_back({at + "/minimum_grades", "required", "must set a minimum grade for at least one key question"});
        for (const auto& [question, grade] : p.minimum_grades) {
            const auto pointer = at + "/minimum_grades/" + question;
            if (std::find(std::begin(key_questions), std::end(key_questions), question) == std::end(key_questions))
                out.push_back({pointer, "unknown_key_question", "is not a Care Inspectorate key question"});
            check_range(out, grade, pointer, 1, 6);
        }
    }
    void operator()(const Insurance& p) const {
        if (p.employers_liability_pence < statutory_employers_liability_pence)
            out.push_back({at + "/employers_liability_pence", "below_statutory_minimum",
                           "must be at least the statutory minimum of £5,000,000 (500000000 pence)"});
        check_range(out, p.employers_liability_pence, at + "/employers_liability_pence", 0, implausible_pence);
        check_range(out, p.public_liability_pence, at + "/public_liability_pence", 0, implausible_pence);
        check_range(out, p.professional_indemnity_pence, at + "/professional_indemnity_pence", 0, implausible_pence);
    }
    void operator()(const MandatoryExclusions&) const {}
    void operator()(const DiscretionaryExclusions&) const {}
    void operator()(const FairWorkFirst& p) const {
        if (p.minimum_hourly_rate_pence == real_living_wage_rate) return;  // filled in when set
        check_range(out, p.minimum_hourly_rate_pence, at + "/minimum_hourly_rate_pence", 1, 100'00);
    }
    void operator()(const RatesCatalogue& p) const {
        if (p.items.empty() || p.items.size() > 500)
            out.push_back({at + "/items", "invalid_length", "must list 1 to 500 rates"});
        std::set<std::string> codes;
        for (std::size_t i = 0; i < p.items.size(); ++i) {
            const auto& item = p.items[i];
            const auto pointer = at + "/items/" + std::to_string(i);
            check_text(out, item.code, pointer + "/code", 1, 40);
            if (!codes.insert(item.code).second) out.push_back({pointer + "/code", "duplicate", "is used twice"});
            check_text(out, item.description, pointer + "/description", 1, 500);
            check_text(out, item.unit, pointer + "/unit", 1, 40);
            check_range(out, item.max_rate_pence, pointer + "/max_rate_pence", 1, implausible_pence);
        }
    }
    void operator()(const CustomQuestion& p) const { check_text(out, p.question, at + "/question", 1, 2000); }
};

}  // namespace

std::string_view gate_kind(const GateParameters& parameters) { return std::visit(Namer{}, parameters); }

std::string gate_title(const GateParameters& parameters) {
    if (const auto* custom = std::get_if<CustomQuestion>(&parameters)) return custom->question;
    const auto kind = gate_kind(parameters);
    if (kind == "care_inspectorate_registration") return "Care Inspectorate registration and grades";
    if (kind == "insurance") return "Insurance";
    if (kind == "spd_mandatory_exclusions") return "Mandatory exclusion grounds";
    if (kind == "spd_discretionary_exclusions") return "Discretionary exclusion grounds";
    if (kind == "fair_work_first") return "Fair Work First and the Real Living Wage";
    return "Rates";
}

std::vector<std::string_view> gate_kinds() {
    return {"care_inspectorate_registration", "insurance", "spd_mandatory_exclusions", "spd_discretionary_exclusions",
            "fair_work_first", "rates_catalogue", "custom"};
}

Violations validate(const Gate& gate, const std::string& pointer) {
    Violations out;
    std::visit(Checker{out, pointer + "/parameters"}, gate.parameters);
    return out;
}

std::string_view key_question_title(std::string_view key) {
    static constexpr std::pair<std::string_view, std::string_view> titles[] = {
        {"wellbeing", "How well do we support people’s wellbeing?"},
        {"leadership", "How good is our leadership?"},
        {"staff_team", "How good is our staff team?"},
        {"setting", "How good is our setting?"},
        {"care_planning", "How well is our care and support planned?"},
        {"capacity_for_improvement", "What is our overall capacity for improvement?"},
    };
    for (const auto& [k, title] : titles)
        if (k == key) return title;
    return key;
}

std::string_view grade_word(int grade) {
    static constexpr std::string_view words[] = {"Unsatisfactory", "Weak", "Adequate", "Good", "Very good", "Excellent"};
    return grade >= 1 && grade <= 6 ? words[grade - 1] : "not a grade";
}

Violations check_gate_lots(const std::vector<std::optional<Gate>>& gates, const std::vector<LotId>& lot_ids) {
    Violations out;
    for (std::size_t i = 0; i < gates.size(); ++i) {
        const auto lot_id = gates[i] ? gates[i]->lot_id : std::nullopt;
        if (lot_id && std::find(lot_ids.begin(), lot_ids.end(), *lot_id) == lot_ids.end())
            out.push_back({"/gates/" + std::to_string(i) + "/lot_id", "unknown_lot", "is not a lot of this tender"});
    }
    return out;
}

Violations with_real_living_wage(std::vector<std::optional<Gate>>& gates, std::optional<std::int64_t> rate) {
    Violations out;
    for (std::size_t i = 0; i < gates.size(); ++i) {
        auto* fair_work = gates[i] ? std::get_if<FairWorkFirst>(&gates[i]->parameters) : nullptr;
        if (fair_work == nullptr || fair_work->minimum_hourly_rate_pence != real_living_wage_rate) continue;
        if (rate)
            fair_work->minimum_hourly_rate_pence = *rate;
        else
            out.push_back({"/gates/" + std::to_string(i) + "/parameters/minimum_hourly_rate_pence", "required",
                           "is needed: no Real Living Wage rate is set for this installation"});
    }
    return out;
}

std::vector<Gate> lot_gates(const std::vector<Gate>& tender_gates, const LotId& lot_id) {
    std::vector<Gate> out;
    for (const auto& gate : tender_gates)
        if (!gate.lot_id || *gate.lot_id == lot_id) out.push_back(gate);
    return out;
}

}  // namespace collabtender::domain
