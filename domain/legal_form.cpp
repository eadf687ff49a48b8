#include "domain/legal_form.hpp"

#include <array>

namespace collabtender::domain {

namespace {

constexpr std::array all_legal_forms{LegalForm::scio,
                                     LegalForm::charitable_company,
                                     LegalForm::company,
                                     LegalForm::community_interest_company,
                                     LegalForm::cooperative,
                                     LegalForm::partnership,
                                     LegalForm::sole_trader,
                                     LegalForm::unincorporated_association,
                                     LegalForm::other};

}  // namespace

std::string_view to_string(LegalForm form) {
    switch (form) {
        case LegalForm::scio: return "scio";
        case LegalForm::charitable_company: return "charitable_company";
        case LegalForm::company: return "company";
        case LegalForm::community_interest_company: return "community_interest_company";
        case LegalForm::cooperative: return "cooperative";
        case LegalForm::partnership: return "partnership";
        case LegalForm::sole_trader: return "sole_trader";
        case LegalForm::unincorporated_association: return "unincorporated_association";
        case LegalForm::other: return "other";
    }
    return "unknown";
}

std::optional<LegalForm> parse_legal_form(std::string_view text) {
    for (auto form : all_legal_forms)
        if (to_string(form) == text) return form;
    return std::nullopt;
}

bool has_charity_number(LegalForm form) { return form == LegalForm::scio || form == LegalForm::charitable_company; }

bool has_company_number(LegalForm form) {
    return form == LegalForm::company || form == LegalForm::charitable_company ||
           form == LegalForm::community_interest_company;
}

Violations check_legal_form(std::string_view legal_form, const std::optional<std::string>& charity_number,
                            const std::optional<std::string>& company_number) {
    const auto form = parse_legal_form(legal_form);
    if (!form)
        return {{"/legal_form", "invalid_value",
                 "must be scio, charitable_company, company, community_interest_company, cooperative, partnership, "
                 "sole_trader, unincorporated_association or other"}};
    Violations out;
    if (has_charity_number(*form) && !charity_number)
        out.push_back({"/charity_number", "required", "a charity gives its Scottish charity number"});
    if (has_company_number(*form) && !company_number)
        out.push_back({"/company_number", "required", "a company gives its Companies House number"});
    return out;
}

}  // namespace collabtender::domain
