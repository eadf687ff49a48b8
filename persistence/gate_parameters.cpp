#include "persistence/gate_parameters.hpp"

#include <stdexcept>
#include <string>

#include <boost/json.hpp>

#include "domain/overloaded.hpp"
#include "persistence/fields.hpp"

namespace collabtender::persistence {

using domain::Overloaded;

boost::json::object gate_parameters_json(const domain::GateParameters& parameters) {
    return std::visit(
        Overloaded{
            [](const domain::CareInspectorateRegistration& g) {
                boost::json::object grades;
                for (const auto& [question, grade] : g.minimum_grades) grades[question] = grade;
                return boost::json::object{{"minimum_grades", std::move(grades)}};
            },
            [](const domain::Insurance& g) {
                return boost::json::object{{"employers_liability_pence", g.employers_liability_pence},
                                           {"public_liability_pence", g.public_liability_pence},
                                           {"professional_indemnity_pence", g.professional_indemnity_pence}};
            },
            [](const domain::MandatoryExclusions&) { return boost::json::object{}; },
            [](const domain::DiscretionaryExclusions&) { return boost::json::object{}; },
            [](const domain::FairWorkFirst& g) {
                return boost::json::object{{"minimum_hourly_rate_pence", g.minimum_hourly_rate_pence}};
            },
            [](const domain::RatesCatalogue& g) {
                boost::json::array items;
                for (const auto& i : g.items)
                    items.push_back(boost::json::object{{"code", i.code},
                                                        {"description", i.description},
                                                        {"unit", i.unit},
                                                        {"max_rate_pence", i.max_rate_pence}});
                return boost::json::object{{"items", std::move(items)}};
            },
            [](const domain::CustomQuestion& g) {
                return boost::json::object{{"question", g.question}, {"passing_answer", g.passing_answer}};
            },
        },
        parameters);
}

domain::GateParameters gate_parameters_from(std::string_view kind, const boost::json::value& stored) {
    const Fields f{stored};
    if (kind == "care_inspectorate_registration") {
        domain::CareInspectorateRegistration out;
        for (const auto& [question, grade] : stored.as_object().at("minimum_grades").as_object())
            out.minimum_grades[std::string{question}] = static_cast<int>(grade.as_int64());
        return out;
    }
    if (kind == "insurance")
        return domain::Insurance{f.number("employers_liability_pence"), f.number("public_liability_pence"),
                                 f.number("professional_indemnity_pence")};
    if (kind == "spd_mandatory_exclusions") return domain::MandatoryExclusions{};
    if (kind == "spd_discretionary_exclusions") return domain::DiscretionaryExclusions{};
    if (kind == "fair_work_first") return domain::FairWorkFirst{f.number("minimum_hourly_rate_pence")};
    if (kind == "rates_catalogue") {
        domain::RatesCatalogue out;
        for (const auto& item : stored.as_object().at("items").as_array()) {
            const Fields i{item};
            out.items.push_back({i.text("code"), i.text("description"), i.text("unit"), i.number("max_rate_pence")});
        }
        return out;
    }
    if (kind == "custom") return domain::CustomQuestion{f.text("question"), f.boolean("passing_answer")};
    throw std::runtime_error{"a stored gate of unknown kind: " + std::string{kind}};
}

}  // namespace collabtender::persistence
