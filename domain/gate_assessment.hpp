#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "domain/gates.hpp"
#include "domain/login_throttle.hpp"

namespace collabtender::domain {

// What a bidder declared against each kind of gate, as read from a submission.
struct RegistrationDeclaration {
    std::string service_number;
    std::map<std::string, int> grades;  // key question -> current grade 1..6
};
struct InsuranceDeclaration {
    std::int64_t employers_liability_pence = 0;
    std::int64_t public_liability_pence = 0;
    std::int64_t professional_indemnity_pence = 0;
    std::optional<TimePoint> expires_at;
};
struct ExclusionDeclaration {
    bool any_ground_applies = false;
    std::string explanation;  // e.g. the self-cleansing measures taken
};
struct FairWorkDeclaration {
    bool committed = false;
    std::int64_t hourly_rate_pence = 0;
};
struct YesNoDeclaration {  // the rates catalogue accepted; a custom question answered
    bool value = false;
};
using Declaration = std::variant<RegistrationDeclaration, InsuranceDeclaration, ExclusionDeclaration,
                                 FairWorkDeclaration, YesNoDeclaration>;

enum class GateOutcome { pass, fail, clarification_requested, pending };
std::string_view to_string(GateOutcome outcome);
std::optional<GateOutcome> parse_gate_outcome(std::string_view text);

struct GateResult {
    GateOutcome outcome = GateOutcome::pending;
    std::string reason;  // plain words the bidder will read if it fails
};

// Decides a gate from its declaration where the declaration decides it: cover at
// least the minimums and in force at the deadline, grades at least the minimum
// per key question, no mandatory exclusion ground, the Fair Work commitment with
// at least the minimum hourly rate, the catalogue accepted, the custom answer as
// required. A declared discretionary ground needs the commissioner's judgement:
// pending. A declaration of the wrong shape fails.
GateResult assess(const Gate& gate, const Declaration& declaration, TimePoint deadline);

// A bid is scored unless a gate failed, and ranked only when every gate passed.
bool excluded(const std::vector<GateResult>& results);
bool all_passed(const std::vector<GateResult>& results);

}  // namespace collabtender::domain
