#pragma once

// Who manages whose account, and the single-use links that let a person in:
// an invitation to choose a first password, a reset of a forgotten one.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "domain/accounts.hpp"

namespace collabtender::domain {

// An invited person has not chosen a password yet; a deactivated one cannot sign in.
enum class AccountStatus { invited, active, deactivated };
std::string_view to_string(AccountStatus status);
std::optional<AccountStatus> parse_account_status(std::string_view text);

// A role in a sentence's words: "a panel member", for emails and pages.
std::string_view role_in_words(Role role);

struct Invitation {
    std::string email;
    std::string display_name;
    std::string role;
    OrganisationId organisation_id;
    bool authorised_signatory = false;
    bool organisation_admin = false;  // keeps the organisation's details and people
};

// The fields alone: an email, a name, a role, a signatory only among providers.
Violations validate(const Invitation& invitation);

// An admin manages every account; an organisation's administrator everyone of it
// but installation admins; a commissioner the panellists of their own body.
// Managing is inviting, resending or withdrawing an invitation, deactivating and
// reactivating.
bool manages_account(const Principal& manager, Role role, const OrganisationId& organisation_id);

// Whether the person manages anyone's account at all: refused (forbidden) otherwise.
void require_manages_accounts(const Principal& principal);

// Only an admin, or an administrator of the organisation, makes someone an
// administrator of it (or stops them being one): forbidden otherwise.
void require_may_grant_organisation_admin(const Principal& manager, const OrganisationId& organisation_id);

// An admin keeps every organisation's details; an organisation's administrators
// their own's (forbidden otherwise).
void require_keeps_organisation(const Principal& principal, const OrganisationId& organisation_id);

// Refused (forbidden) unless the inviter manages such an account; the role must
// fit the organisation's kind (reported at /role).
void require_may_invite(const Principal& inviter, Role role, const OrganisationId& organisation_id,
                        OrganisationKind kind);

// Why an account was deactivated or reactivated, for the record: 1 to 2000
// characters, reported at /reason.
Violations check_reason(std::string_view reason);

// Nobody deactivates their own account (an installation would lose its last
// admin), and the reason is given.
Violations check_deactivation(const Principal& manager, const UserId& person, std::string_view reason);

// A password a person chooses (NCSC: length, not composition), reported at `pointer`.
Violations check_new_password(std::string_view password, const std::string& pointer);

// How long a reset link stays usable (an invitation's is an installation setting),
// and how many reset links an address is sent an hour: asking more often is
// answered the same way and sends nothing.
inline constexpr std::chrono::minutes password_reset_lifetime{30};
inline constexpr int reset_links_per_hour = 3;

}  // namespace collabtender::domain
