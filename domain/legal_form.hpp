#pragma once

// How an organisation is constituted, which decides the public register numbers it
// has: a SCIO is a charity, a company is on Companies House, a charitable company
// is both.
#include <optional>
#include <string>
#include <string_view>

#include "domain/violation.hpp"

namespace collabtender::domain {

enum class LegalForm {
    scio,  // Scottish charitable incorporated organisation
    charitable_company,
    company,
    community_interest_company,
    cooperative,
    partnership,
    sole_trader,
    unincorporated_association,
    other,
};
std::string_view to_string(LegalForm form);
std::optional<LegalForm> parse_legal_form(std::string_view text);

bool has_charity_number(LegalForm form);
bool has_company_number(LegalForm form);

// A known form (at /legal_form) and the numbers that form has: a SCIO without its
// charity number is reported at /charity_number.
Violations check_legal_form(std::string_view legal_form, const std::optional<std::string>& charity_number,
                            const std::optional<std::string>& company_number);

}  // namespace collabtender::domain
