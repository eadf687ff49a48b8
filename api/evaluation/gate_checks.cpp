#include "api/evaluation/gate_checks.hpp"

#include <map>

#include <boost/json.hpp>

#include "api/bids/bid_context.hpp"
#include "api/json_values.hpp"
#include "domain/time_format.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/evaluation_repository.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::api {
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

}  // namespace

domain::Declaration declaration_from(const domain::Gate& gate, const boost::json::value& value) {
    static const boost::json::object empty;
    const auto& d = value.is_object() ? value.as_object() : empty;
    return std::visit(
        Overloaded{
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

void check_gates(persistence::Tx& tx, const persistence::TenderRecord& tender, int stage, domain::TimePoint now) {
    const auto& timetable = tender.details.timetable;
    const auto deadline = (stage == 1 ? timetable.stage1_deadline : timetable.stage2_deadline).value_or(now);
    std::map<std::string, std::vector<domain::Gate>> gates_by_lot;
    for (const auto& submission : persistence::standing_submissions(tx, tender.id, stage)) {
        const auto content = persistence::parse_stored_json(submission.content_json).as_object();
        const auto lot_id = std::string{content.at("lot_id").as_string()};
        auto [found, fresh] = gates_by_lot.try_emplace(lot_id);
        if (fresh) found->second = lot_gates(tx, tender.id, lot_id);
        const auto& gates = found->second;

        // A person's stage-1 judgement, and the declaration it judged.
        std::map<int, persistence::GateResultRecord> judged;
        boost::json::object earlier;
        if (stage == 2) {
            for (auto& r : persistence::gate_results(tx, submission.bid_id, 1))
                if (r.decided_by) judged.emplace(r.gate, std::move(r));
            if (const auto first = persistence::standing_submission(tx, submission.bid_id, 1))
                earlier = persistence::parse_stored_json(first->content_json).as_object();
        }
        for (std::size_t i = 0; i < gates.size(); ++i) {
            static const boost::json::value missing;
            const auto* declared = declaration_at(content, i);
            const auto& declaration = declared ? *declared : missing;
            const auto kept = judged.find(static_cast<int>(i));
            const auto* before = declaration_at(earlier, i);
            persistence::GateResultRecord record{static_cast<int>(i), {}, std::nullopt, now};
            if (kept != judged.end() && before && *before == declaration) {
                record.result = kept->second.result;
                record.decided_by = kept->second.decided_by;
            } else {
                record.result = domain::assess(gates[i], declaration_from(gates[i], declaration), deadline);
            }
            persistence::save_gate_result(tx, submission.bid_id, stage, record);
        }
    }
}


}  // namespace collabtender::api
