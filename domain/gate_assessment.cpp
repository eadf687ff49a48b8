#include "domain/gate_assessment.hpp"

#include <algorithm>

#include "domain/money.hpp"
#include "domain/overloaded.hpp"

namespace collabtender::domain {
namespace {

GateResult pass(std::string reason) { return {GateOutcome::pass, std::move(reason)}; }
GateResult fail(std::string reason) { return {GateOutcome::fail, std::move(reason)}; }

GateResult registration(const CareInspectorateRegistration& gate, const RegistrationDeclaration& d) {
    if (d.service_number.empty()) return fail("No Care Inspectorate service number was declared.");
    for (const auto& [question, minimum] : gate.minimum_grades) {
        const auto grade = d.grades.find(question);
        const auto title = "“" + std::string{key_question_title(question)} + "”";
        if (grade == d.grades.end()) return fail("No current grade was declared for " + title + ".");
        if (grade->second < minimum)
            return fail("The grade for " + title + " is " + std::to_string(grade->second) + " (" +
                        std::string{grade_word(grade->second)} + "); at least " + std::to_string(minimum) + " (" +
                        std::string{grade_word(minimum)} + ") is required.");
    }
    return pass("Registered, with grades that meet every minimum.");
}

GateResult insurance(const Insurance& gate, const InsuranceDeclaration& d, TimePoint deadline) {
    const struct {
        const char* name;
        std::int64_t declared, minimum;
    } covers[] = {{"Employer's liability", d.employers_liability_pence, gate.employers_liability_pence},
                  {"Public liability", d.public_liability_pence, gate.public_liability_pence},
                  {"Professional indemnity", d.professional_indemnity_pence, gate.professional_indemnity_pence}};
    for (const auto& cover : covers)
        if (cover.declared < cover.minimum)
            return fail(std::string{cover.name} + " cover of " + format_pounds(cover.declared) + " is below the minimum of " +
                        format_pounds(cover.minimum) + ".");
    if (!d.expires_at || *d.expires_at <= deadline) return fail("The insurance expires before the deadline.");
    return pass("Cover meets every minimum and is in force.");
}

}  // namespace

std::string_view to_string(GateOutcome outcome) {
    switch (outcome) {
        case GateOutcome::pass: return "pass";
        case GateOutcome::fail: return "fail";
        case GateOutcome::clarification_requested: return "clarification_requested";
        case GateOutcome::pending: return "pending";
    }
    return "pending";
}

std::optional<GateOutcome> parse_gate_outcome(std::string_view text) {
    for (auto o : {GateOutcome::pass, GateOutcome::fail, GateOutcome::clarification_requested, GateOutcome::pending})
        if (to_string(o) == text) return o;
    return std::nullopt;
}

GateResult assess(const Gate& gate, const Declaration& declaration, TimePoint deadline) {
    const auto wrong_shape = fail("The declaration does not answer this requirement.");
    return std::visit(
        Overloaded{
            [&](const CareInspectorateRegistration& g) {
                const auto* d = std::get_if<RegistrationDeclaration>(&declaration);
                return d ? registration(g, *d) : wrong_shape;
            },
            [&](const Insurance& g) {
                const auto* d = std::get_if<InsuranceDeclaration>(&declaration);
                return d ? insurance(g, *d, deadline) : wrong_shape;
            },
            [&](const MandatoryExclusions&) {
                const auto* d = std::get_if<ExclusionDeclaration>(&declaration);
                if (!d) return wrong_shape;
                return d->any_ground_applies ? fail("A mandatory exclusion ground applies.")
                                             : pass("No mandatory exclusion ground applies.");
            },
            [&](const DiscretionaryExclusions&) {
                const auto* d = std::get_if<ExclusionDeclaration>(&declaration);
                if (!d) return wrong_shape;
                return d->any_ground_applies
                           ? GateResult{GateOutcome::pending, "A discretionary ground was declared: to be assessed."}
                           : pass("No discretionary exclusion ground applies.");
            },
            [&](const FairWorkFirst& g) {
                const auto* d = std::get_if<FairWorkDeclaration>(&declaration);
                if (!d) return wrong_shape;
                if (!d->committed) return fail("No commitment to Fair Work First was made.");
                if (d->hourly_rate_pence < g.minimum_hourly_rate_pence)
                    return fail("The hourly rate paid, " + format_pounds(d->hourly_rate_pence) + ", is below the " +
                                format_pounds(g.minimum_hourly_rate_pence) + " an hour required.");
                return pass("Committed to Fair Work First, paying at least the minimum rate.");
            },
            [&](const RatesCatalogue&) {
                const auto* d = std::get_if<YesNoDeclaration>(&declaration);
                if (!d) return wrong_shape;
                return d->value ? pass("The rates catalogue is accepted.")
                                : fail("The rates catalogue was not accepted.");
            },
            [&](const CustomQuestion& g) {
                const auto* d = std::get_if<YesNoDeclaration>(&declaration);
                if (!d) return wrong_shape;
                return d->value == g.passing_answer ? pass("Answered as required.")
                                                    : fail("The answer to '" + g.question + "' does not meet the requirement.");
            },
        },
        gate.parameters);
}

bool excluded(const std::vector<GateResult>& results) {
    return std::any_of(results.begin(), results.end(), [](const auto& r) { return r.outcome == GateOutcome::fail; });
}

bool all_passed(const std::vector<GateResult>& results) {
    return std::all_of(results.begin(), results.end(), [](const auto& r) { return r.outcome == GateOutcome::pass; });
}

}  // namespace collabtender::domain
