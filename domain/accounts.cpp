#include "domain/accounts.hpp"

#include <algorithm>
#include <cctype>

#include "domain/account_management.hpp"
#include "domain/legal_form.hpp"
#include "domain/refusal.hpp"
#include "domain/register_numbers.hpp"
#include "domain/text.hpp"

namespace collabtender::domain {

bool plausible_email(std::string_view email) {
    const auto at = email.find('@');
    if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos) return false;
    const auto domain = email.substr(at + 1);
    const auto dot = domain.find('.');
    if (dot == std::string_view::npos || dot == 0 || domain.back() == '.') return false;
    return std::none_of(email.begin(), email.end(),
                        [](unsigned char c) { return std::isspace(c) != 0 || std::iscntrl(c) != 0; });
}

namespace {

// A register number, when given, in its register's format (domain/register_numbers).
void check_register_number(Violations& out, const std::optional<std::string>& value,
                           std::optional<std::string> (*read)(std::string_view), const char* pointer, const char* code,
                           const char* message) {
    if (value && !read(*value)) out.push_back({pointer, code, message});
}

Violation not_a_provider() { return {"/authorised_signatory", "not_provider", "only provider users sign off bids"}; }

}  // namespace

std::string_view to_string(Role role) {
    switch (role) {
        case Role::admin: return "admin";
        case Role::commissioner: return "commissioner";
        case Role::panellist: return "panellist";
        case Role::provider: return "provider";
    }
    return "unknown";
}

std::string_view to_string(OrganisationKind kind) {
    switch (kind) {
        case OrganisationKind::commissioning_body: return "commissioning_body";
        case OrganisationKind::provider: return "provider";
    }
    return "unknown";
}

std::optional<Role> parse_role(std::string_view text) {
    for (auto role : {Role::admin, Role::commissioner, Role::panellist, Role::provider})
        if (to_string(role) == text) return role;
    return std::nullopt;
}

std::optional<OrganisationKind> parse_organisation_kind(std::string_view text) {
    for (auto kind : {OrganisationKind::commissioning_body, OrganisationKind::provider})
        if (to_string(kind) == text) return kind;
    return std::nullopt;
}

bool role_fits_organisation(Role role, OrganisationKind kind) {
    return (role == Role::provider) == (kind == OrganisationKind::provider);
}

std::string normalise_email(std::string_view email) {
    std::string out{trim(email)};
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

Violations validate(const NewOrganisation& organisation) {
    Violations out;
    const auto name = trim(organisation.name);
    if (name.empty() || code_points(name) > 300)
        out.push_back({"/name", "invalid_length", "must be 1 to 300 characters"});
    if (!parse_organisation_kind(organisation.kind))
        out.push_back({"/kind", "invalid_value", "must be commissioning_body or provider"});
    check_register_number(out, organisation.charity_number, charity_number, "/charity_number", "invalid_charity_number",
                          "must be a Scottish charity number: SC and six digits");
    check_register_number(out, organisation.company_number, company_number, "/company_number", "invalid_company_number",
                          "must be a Companies House number: eight digits, or two letters and six digits");
    check_register_number(out, organisation.care_inspectorate_number, care_inspectorate_number,
                          "/care_inspectorate_number", "invalid_care_inspectorate_number",
                          "must be a Care Inspectorate number: CS or SP and ten digits");
    if (organisation.postal_address) {
        const auto address = trim(*organisation.postal_address);
        if (address.empty() || code_points(address) > 500)
            out.push_back({"/postal_address", "invalid_length", "must be 1 to 500 characters"});
    }
    if (organisation.legal_form)
        for (auto& violation :
             check_legal_form(*organisation.legal_form, organisation.charity_number, organisation.company_number))
            out.push_back(std::move(violation));
    return out;
}

Violations check_person(std::string_view email, std::string_view display_name, std::string_view role,
                        bool authorised_signatory) {
    Violations out;
    const auto address = trim(email);
    if (address.size() < 3 || address.size() > 254 || !plausible_email(address))
        out.push_back({"/email", "invalid_email", "must be an email address"});
    const auto name = trim(display_name);
    if (name.empty() || code_points(name) > 200)
        out.push_back({"/display_name", "invalid_length", "must be 1 to 200 characters"});
    if (!parse_role(role)) out.push_back({"/role", "invalid_value", "must be admin, commissioner, panellist or provider"});
    if (authorised_signatory && parse_role(role) != Role::provider) out.push_back(not_a_provider());
    return out;
}

Violations validate(const NewUser& user) {
    auto out = check_person(user.email, user.display_name, user.role, user.authorised_signatory);
    for (auto& violation : check_new_password(user.password, "/password")) out.push_back(std::move(violation));
    return out;
}

NewOrganisation with_register_numbers(NewOrganisation organisation) {
    if (organisation.charity_number) organisation.charity_number = charity_number(*organisation.charity_number);
    if (organisation.company_number) organisation.company_number = company_number(*organisation.company_number);
    if (organisation.care_inspectorate_number)
        organisation.care_inspectorate_number = care_inspectorate_number(*organisation.care_inspectorate_number);
    return organisation;
}

Violations check_signatory(Role role, bool authorised_signatory) {
    if (authorised_signatory && role != Role::provider) return {not_a_provider()};
    return {};
}

void require_sees_organisation(const Principal& principal, const OrganisationId& organisation_id) {
    if (principal.role != Role::admin && principal.organisation_id != organisation_id)
        throw Refusal{RefusalCode::not_found, "No such organisation."};
}

void require_tender_owner(const std::optional<Principal>& reader) {
    if (!reader || reader->role != Role::commissioner)
        throw Refusal{RefusalCode::forbidden, "Your account is not allowed to do this."};
}

}  // namespace collabtender::domain
