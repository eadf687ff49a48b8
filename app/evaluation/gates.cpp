#include "app/evaluation/gates.hpp"

#include <algorithm>
#include <iterator>
#include <map>

#include <boost/json.hpp>

#include "domain/overloaded.hpp"
#include "domain/time_format.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/evaluation_repository.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::app {
namespace {

std::string text_at(const boost::json::object& o, const char* key) {
    const auto* v = o.if_contains(key);
    return v && v->is_string() ? std::string{v->as_string()} : std::string{};
}

bool flag_at(const boost::json::object& o, const char* key) {
    const auto* v = o.if_contains(key);
    return v && v->is_bool() && v->as_bool();
}

std::int64_t amount_at(const boost::json::object& o, const char* key) {
    const auto* v = o.if_contains(key);
    return v && v->is_int64() ? v->as_int64() : 0;
}

const boost::json::value* declaration_at(const boost::json::object& content, std::size_t gate) {
    const auto* all = content.if_contains("declarations");
    if (!all || !all->is_array() || gate >= all->as_array().size()) return nullptr;
    return &all->as_array()[gate];
}

// A declaration from a submission's content, for the gate it answers. Missing or
// mistyped fields read as empty or false, so they fail rather than pass.
domain::Declaration declaration_from(const domain::Gate& gate, const boost::json::value& value) {
    static const boost::json::object empty;
    const auto& d = value.is_object() ? value.as_object() : empty;
    return std::visit(
        domain::Overloaded{
            [&](const domain::CareInspectorateRegistration&) -> domain::Declaration {
                domain::RegistrationDeclaration out{text_at(d, "service_number"), {}};
                if (const auto* grades = d.if_contains("grades"); grades && grades->is_object())
                    for (const auto& [question, grade] : grades->as_object())
                        if (grade.is_int64()) out.grades[std::string{question}] = static_cast<int>(grade.as_int64());
                return out;
            },
            [&](const domain::Insurance&) -> domain::Declaration {
                return domain::InsuranceDeclaration{amount_at(d, "employers_liability_pence"),
                                                    amount_at(d, "public_liability_pence"),
                                                    amount_at(d, "professional_indemnity_pence"),
                                                    domain::parse_rfc3339(text_at(d, "expires_at"))};
            },
            [&](const domain::MandatoryExclusions&) -> domain::Declaration {
                return domain::ExclusionDeclaration{flag_at(d, "any_ground_applies"), text_at(d, "explanation")};
            },
            [&](const domain::DiscretionaryExclusions&) -> domain::Declaration {
                return domain::ExclusionDeclaration{flag_at(d, "any_ground_applies"), text_at(d, "explanation")};
            },
            [&](const domain::FairWorkFirst&) -> domain::Declaration {
                return domain::FairWorkDeclaration{flag_at(d, "committed"), amount_at(d, "hourly_rate_pence")};
            },
            [&](const domain::RatesCatalogue&) -> domain::Declaration {
                return domain::YesNoDeclaration{flag_at(d, "accepted")};
            },
            [&](const domain::CustomQuestion&) -> domain::Declaration {
                return domain::YesNoDeclaration{flag_at(d, "answer")};
            },
        },
        gate.parameters);
}

}  // namespace

void check_gates(persistence::Tx& tx, const persistence::TenderRecord& tender, int stage, domain::TimePoint now) {
    const auto& timetable = tender.details.timetable;
    const auto deadline = (stage == 1 ? timetable.stage1_deadline : timetable.stage2_deadline).value_or(now);
    const auto submissions = persistence::standing_submissions(tx, tender.id, stage);
    if (submissions.empty()) return;
    const auto tender_gates = persistence::list_gates(tx, tender.id);
    // A person's stage-1 judgement, and the declaration it judged.
    const auto judgements = stage == 2 ? persistence::stage1_judgements(tx, tender.id)
                                       : std::map<domain::BidId, std::map<int, persistence::Judgement>>{};
    std::map<domain::LotId, std::vector<domain::Gate>> gates_by_lot;
    std::vector<persistence::BidGateResult> results;
    for (const auto& submission : submissions) {
        const auto content = persistence::parse_stored_json(submission.content_json).as_object();
        const domain::LotId lot_id{std::string{content.at("lot_id").as_string()}};
        auto [found, fresh] = gates_by_lot.try_emplace(lot_id);
        if (fresh) found->second = domain::lot_gates(tender_gates, lot_id);
        const auto& gates = found->second;
        const auto judged = judgements.find(submission.bid_id);
        for (std::size_t i = 0; i < gates.size(); ++i) {
            static const boost::json::value missing;
            const auto* declared = declaration_at(content, i);
            const auto& declaration = declared ? *declared : missing;
            persistence::GateResultRecord record{static_cast<int>(i), {}, std::nullopt, now};
            const persistence::Judgement* kept = nullptr;
            if (judged != judgements.end())
                if (const auto k = judged->second.find(static_cast<int>(i)); k != judged->second.end()) kept = &k->second;
            if (kept && kept->declared_json && persistence::parse_stored_json(*kept->declared_json) == declaration) {
                record.result = kept->record.result;
                record.decided_by = kept->record.decided_by;
            } else {
                record.result = domain::assess(gates[i], declaration_from(gates[i], declaration), deadline);
            }
            results.push_back({submission.bid_id, std::move(record)});
        }
    }
    persistence::save_gate_results(tx, stage, results);
}

std::vector<persistence::GateResultRecord> failed_gates(const std::vector<persistence::GateResultRecord>& results) {
    std::vector<persistence::GateResultRecord> out;
    std::copy_if(results.begin(), results.end(), std::back_inserter(out),
                 [](const auto& r) { return r.result.outcome == domain::GateOutcome::fail; });
    return out;
}

std::string exclusion_reasons(const std::vector<domain::Gate>& gates,
                              const std::vector<persistence::GateResultRecord>& results) {
    std::string out;
    for (const auto& r : failed_gates(results))
        out += domain::gate_title(gates.at(static_cast<std::size_t>(r.gate)).parameters) + ": " + r.result.reason + ". ";
    if (!out.empty()) out.pop_back();
    return out;
}

}  // namespace collabtender::app
