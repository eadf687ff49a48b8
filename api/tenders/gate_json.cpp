// Gates on the wire: {"kind": "...", "lot_id": null, "parameters": {...}}, with
// parameters per kind as documented in api/tenders/openapi.json.
#include <boost/json.hpp>

#include "api/json_values.hpp"

#include "api/tenders/tender_json.hpp"
#include "persistence/gate_parameters.hpp"

namespace collabtender::api {
namespace {

std::optional<domain::GateParameters> read_parameters(const std::string& kind, app::FieldReader& p) {
    if (kind == "care_inspectorate_registration") {
        domain::CareInspectorateRegistration out;
        if (const auto* grades = p.object("minimum_grades")) {
            for (const auto& [question, grade] : *grades) {
                if (grade.is_int64()) out.minimum_grades[std::string{question}] = static_cast<int>(grade.as_int64());
                else p.add({p.pointer("minimum_grades") + "/" + std::string{question}, "wrong_type", "must be a grade 1-6"});
            }
        }
        return out;
    }
    if (kind == "insurance") {
        domain::Insurance out;
        p.money("employers_liability_pence", out.employers_liability_pence);
        p.money("public_liability_pence", out.public_liability_pence);
        p.money("professional_indemnity_pence", out.professional_indemnity_pence);
        return out;
    }
    if (kind == "spd_mandatory_exclusions") return domain::MandatoryExclusions{};
    if (kind == "spd_discretionary_exclusions") return domain::DiscretionaryExclusions{};
    if (kind == "fair_work_first") {
        domain::FairWorkFirst out{domain::real_living_wage_rate};  // unless named
        p.money("minimum_hourly_rate_pence", out.minimum_hourly_rate_pence, app::Need::optional);
        return out;
    }
    if (kind == "rates_catalogue") {
        domain::RatesCatalogue out;
        p.objects("items", [&](std::size_t, app::FieldReader& item) {
            domain::RateItem rate;
            item.text("code", rate.code);
            item.text("description", rate.description);
            item.text("unit", rate.unit);
            item.money("max_rate_pence", rate.max_rate_pence);
            out.items.push_back(std::move(rate));
        });
        return out;
    }
    if (kind == "custom") {
        domain::CustomQuestion out;
        p.text("question", out.question);
        p.boolean("passing_answer", out.passing_answer);
        return out;
    }
    return std::nullopt;
}

}  // namespace

std::vector<std::optional<domain::Gate>> read_gates(app::FieldReader& fields) {
    std::vector<std::optional<domain::Gate>> out;
    const auto count = fields.objects("gates", [&](std::size_t i, app::FieldReader& gate) {
        out.resize(i + 1);
        std::string kind;
        std::optional<std::string> lot_id;
        gate.text("kind", kind);
        gate.nullable_text("lot_id", lot_id);
        const auto* parameters = gate.object("parameters");
        if (kind.empty() || parameters == nullptr) return;
        app::FieldReader reader{*parameters, gate.pointer("parameters")};
        if (auto read = read_parameters(kind, reader)) {
            out[i] = domain::Gate{lot_id ? std::optional{domain::LotId{*lot_id}} : std::nullopt, std::move(*read)};
            gate.add(domain::validate(*out[i], fields.pointer("gates") + "/" + std::to_string(i)));
        } else {
            gate.add({gate.pointer("kind"), "unknown_kind", "is not a kind of gate"});
        }
        gate.absorb(reader);
    });
    out.resize(count);  // elements that were not objects stay empty, so indexes match the request
    if (count > domain::max_gates) fields.add({fields.pointer("gates"), "too_many", "must have at most 50 gates"});
    return out;
}

boost::json::object gate_json(const domain::Gate& gate) {
    return {{"kind", domain::gate_kind(gate.parameters)},
            {"lot_id", gate.lot_id ? boost::json::value(gate.lot_id->str()) : boost::json::value()},
            {"parameters", persistence::gate_parameters_json(gate.parameters)}};
}

}  // namespace collabtender::api
