#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/ids.hpp"
#include "domain/refusal.hpp"
#include "domain/violation.hpp"

namespace collabtender::domain {

enum class Role { admin, commissioner, panellist, provider };
enum class OrganisationKind { commissioning_body, provider };

std::string_view to_string(Role role);
std::string_view to_string(OrganisationKind kind);
std::optional<Role> parse_role(std::string_view text);
std::optional<OrganisationKind> parse_organisation_kind(std::string_view text);

// Which roles an organisation of a kind may hold: commissioners and panellists
// belong to public bodies, provider staff to providers; admins run the installation
// and sit in a commissioning body.
bool role_fits_organisation(Role role, OrganisationKind kind);

struct NewOrganisation {
    std::string name;
    std::string kind;
    std::optional<std::string> charity_number;
    std::optional<std::string> company_number;
    std::optional<std::string> care_inspectorate_number;
    std::optional<std::string> postal_address;  // lines separated by newlines
    std::optional<std::string> legal_form = std::nullopt;  // domain/legal_form
};

struct NewUser {
    std::string email;
    std::string display_name;
    std::string role;
    std::string password;
    bool authorised_signatory = false;  // may sign off bids for a provider organisation
};

// Deliberately loose: one '@', a non-empty local part, a dotted domain, no spaces.
// Deliverability is proven by use, not by a regular expression.
bool plausible_email(std::string_view email);

// Lower-cased and trimmed: emails are unique regardless of case.
std::string normalise_email(std::string_view email);

// A name, a known kind, an address of at most 500 characters, each register
// number given in its register's format (domain/register_numbers), and, when a
// legal form is given, the numbers it has (domain/legal_form).
Violations validate(const NewOrganisation& organisation);
// The register numbers as their registers print them: "sc 012345" is SC012345.
NewOrganisation with_register_numbers(NewOrganisation organisation);
// A person's account: an email, a name of 1 to 200 characters, a known role, and a
// signatory only among provider staff.
Violations check_person(std::string_view email, std::string_view display_name, std::string_view role,
                        bool authorised_signatory);
// check_person, and a password domain::check_new_password accepts.
Violations validate(const NewUser& user);

// Only provider staff sign off bids: naming anyone else an authorised signatory
// is reported at /authorised_signatory.
Violations check_signatory(Role role, bool authorised_signatory);

// NCSC guidance: length over composition rules; an upper bound keeps hashing bounded.
inline constexpr std::size_t min_password_length = 10;
inline constexpr std::size_t max_password_length = 1024;

}  // namespace collabtender::domain

namespace collabtender::domain {

// Who is acting: the signed-in user, their organisation and role. Records that must
// outlive personal data refer to people by these ids only.
struct Principal {
    UserId user_id;
    OrganisationId organisation_id;
    Role role;
    bool organisation_admin = false;  // keeps their organisation's details and people
};

// A tender is run by the commissioners of the body that owns it.
inline bool manages_tender(const Principal& principal, const OrganisationId& tender_organisation_id) {
    return principal.role == Role::commissioner && principal.organisation_id == tender_organisation_id;
}

// Admins see every organisation; everyone else only their own. Another
// organisation's record is simply not there for them (not_found).
void require_sees_organisation(const Principal& principal, const OrganisationId& organisation_id);

// Only a commissioning body owns tenders: listing one's own body's tenders is
// refused (forbidden) to anyone but its commissioners, signed out included.
void require_tender_owner(const std::optional<Principal>& reader);

}  // namespace collabtender::domain
